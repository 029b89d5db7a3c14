import { and, arrayContains, asc, desc, eq, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { decodeCursor, encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { clients } from '../../db/schema/index.ts';
import type { ClientRow } from './create-clients.ts';
import type { ClientListQuery } from './schemas.ts';
import { visibleClientCondition } from './visibility.ts';

// Below this, trigram matches are mostly noise; above it, one or two typos still match.
const FUZZY_THRESHOLD = 0.3;

export interface ClientPage {
  items: ClientRow[];
  nextCursor: string | null;
}

/**
 * Lists clients the actor may see. Without a search the order is a keyset on the sort
 * column, so page 5,000 costs what page 1 does. With a search the order is relevance
 * (name prefix, then substring, then fuzzy), paged by position.
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

async function searchClients(db: Db, filters: SQL[], q: string, query: ClientListQuery): Promise<ClientPage> {
  const offset = query.cursor ? Number(decodeCursor(query.cursor, 1)[0]) : 0;
  const pattern = `%${escapeLike(q)}%`;
  const prefix = `${escapeLike(q)}%`;
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local pg_trgm.word_similarity_threshold = ${FUZZY_THRESHOLD}`));
    return tx
      .select()
      .from(clients)
      .where(
        and(...filters, or(sql`${clients.searchText} like ${pattern}`, sql`${q} <% ${clients.searchText}`)),
      )
      .orderBy(
        sql`case when lower(${clients.name}) like ${prefix} then 0 when ${clients.searchText} like ${pattern} then 1 else 2 end`,
        sql`word_similarity(${q}, ${clients.searchText}) desc`,
        sql`lower(${clients.name})`,
        clients.id,
      )
      .limit(query.limit + 1)
      .offset(offset);
  });
  return page(rows, query.limit, () => [offset + query.limit]);
}

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
