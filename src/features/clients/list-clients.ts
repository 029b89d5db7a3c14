import { and, arrayContains, asc, desc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { decodeCursor, encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { clients } from '../../db/schema/index.ts';
import type { ClientRow } from './create-clients.ts';
import type { ClientListQuery } from './schemas.ts';
import { visibleClientCondition } from './visibility.ts';

// The word similarity a fuzzy match must reach (pg_trgm's own default). One slip in a
// name ("olivia smtih", "ramanathn") still reaches it; lower, every client who merely
// shares a first name with the query matches, and ranking them all is the slow part.
const FUZZY_THRESHOLD = 0.6;

/** The kinds of match a search returns, best first. */
const PREFIX = 0;
const SUBSTRING = 1;
const FUZZY = 2;

export interface ClientPage {
  items: ClientRow[];
  nextCursor: string | null;
}

/**
 * Lists clients the actor may see. Without a search the order is a keyset on the sort
 * column, so page 5,000 costs what page 1 does. With a search the order is relevance
 * (name prefix, then substring, then fuzzy), paged by position within each kind.
 */
export async function listClients(db: Db, actor: Actor, query: ClientListQuery): Promise<ClientPage> {
  const filters = [
    eq(clients.workspaceId, actor.workspaceId),
    visibleClientCondition(actor),
    ...filterConditions(query),
  ];
  const q = query.q?.toLowerCase();
  if (q) return searchClients(db, filters, q, query);

  const { key, direction } = sortKey(query.sort);
  if (query.cursor) {
    const [value, id] = decodeCursor(query.cursor, 2) as [string, string];
    const after =
      direction === 'asc'
        ? sql`(${key}, ${clients.id}) > (${value}, ${id})`
        : sql`(${key}, ${clients.id}) < (${value}, ${id})`;
    filters.push(after);
  }
  const order = direction === 'asc' ? [asc(key), asc(clients.id)] : [desc(key), desc(clients.id)];
  const rows = await db
    .select()
    .from(clients)
    .where(and(...filters))
    .orderBy(...order)
    .limit(query.limit + 1);
  return page(rows, query.limit, (last) => [cursorValue(query.sort, last), last.id]);
}

/**
 * Searches in tiers, best first: names that start with the text, then the text anywhere
 * (name, company, e-mail), and only when neither finds anything, near misses (typos).
 * Each tier is one indexed query, run only while the page is not full, so typing "o"
 * reads a page of an index instead of ranking every client. The cursor holds the tier
 * and the position in it.
 */
async function searchClients(db: Db, filters: SQL[], q: string, query: ClientListQuery): Promise<ClientPage> {
  const start = query.cursor ? decodeSearchCursor(query.cursor) : { tier: PREFIX, position: 0 };
  const found: { row: ClientRow; tier: number; position: number }[] = [];
  for (let tier = start.tier; tier <= FUZZY && found.length <= query.limit; tier++) {
    // Near misses after exact hits would bury them; they are the answer only to a typo.
    if (tier === FUZZY && start.tier !== FUZZY && (query.cursor || found.length > 0)) break;
    const offset = tier === start.tier ? start.position : 0;
    const rows = await searchTier(db, tier, filters, q, query.limit + 1 - found.length, offset);
    found.push(...rows.map((row, index) => ({ row, tier, position: offset + index })));
  }
  const next = found[query.limit];
  return {
    items: found.slice(0, query.limit).map((match) => match.row),
    nextCursor: next ? encodeCursor([next.tier, next.position]) : null,
  };
}

async function searchTier(
  db: Db,
  tier: number,
  filters: SQL[],
  q: string,
  limit: number,
  offset: number,
): Promise<ClientRow[]> {
  const prefix = `${escapeLike(q)}%`;
  const pattern = `%${escapeLike(q)}%`;
  // Byte order, so a prefix is a range of the clients_name_prefix index on any server.
  const name = sql`lower(${clients.name}) collate "C"`;
  const select = (tx: Db, where: SQL, order: SQL[]) =>
    tx
      .select()
      .from(clients)
      .where(and(...filters, where))
      .orderBy(...order, clients.id)
      .limit(limit)
      .offset(offset);

  if (tier === PREFIX) return select(db, sql`${name} like ${prefix}`, [name]);
  if (tier === SUBSTRING) {
    // Earlier is better (the name comes first in search_text). Ranking by anything an
    // index can also give makes the planner walk that index instead, which is slow
    // when the hits sit together at one end of it, as "oliver." does in name order.
    return select(db, sql`${clients.searchText} like ${pattern} and not ${name} like ${prefix}`, [
      sql`strpos(${clients.searchText}, ${q})`,
      name,
    ]);
  }
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local pg_trgm.word_similarity_threshold = ${FUZZY_THRESHOLD}`));
    // pg_trgm rates its similarity functions as cheap as an addition, so on a small table
    // the planner computes one for every row instead of asking the trigram index (about
    // 50 ms a typo for 3,000 clients on PGlite, a few with the index). The index is right
    // at every size.
    await tx.execute(sql.raw('set local enable_seqscan = off'));
    return select(tx, sql`${q} <% ${clients.searchText} and ${clients.searchText} not like ${pattern}`, [
      sql`word_similarity(${q}, ${clients.searchText}) desc`,
      name,
    ]);
  });
}

function decodeSearchCursor(cursor: string): { tier: number; position: number } {
  const [tier, position] = decodeCursor(cursor, 2);
  if (isCount(tier) && tier <= FUZZY && isCount(position)) return { tier, position };
  throw new AppError('invalid_input', 'The cursor is not one this API gave out', [
    { path: 'cursor', message: 'Invalid cursor' },
  ]);
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function filterConditions(query: ClientListQuery): SQL[] {
  const conditions: SQL[] = [];
  if (query.status) conditions.push(eq(clients.status, query.status));
  if (query.tag) conditions.push(arrayContains(clients.tags, [query.tag]));
  if (query.ownerUserId) conditions.push(eq(clients.ownerUserId, query.ownerUserId));
  if (query.archived === 'false') conditions.push(isNull(clients.archivedAt));
  if (query.archived === 'true') conditions.push(isNotNull(clients.archivedAt));
  return conditions;
}

function sortKey(sort: ClientListQuery['sort']) {
  // Ids are UUIDv7, minted when the row is created, so id order is creation order.
  const key = sort.endsWith('name') ? sql`lower(${clients.name})` : sql`${clients.id}`;
  return { key, direction: sort.startsWith('-') ? ('desc' as const) : ('asc' as const) };
}

function cursorValue(sort: ClientListQuery['sort'], row: ClientRow): string {
  return sort.endsWith('name') ? row.name.toLowerCase() : row.id;
}

function page(
  rows: ClientRow[],
  limit: number,
  cursorOf: (last: ClientRow) => (string | number)[],
): ClientPage {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
