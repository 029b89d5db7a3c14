// Test aids for the board, thank-yous and client pages: a disruption and its affected
// clients written straight to the database, so these tests set up exactly the step data
// they judge. Not imported by the app.
import { sql } from 'drizzle-orm';
import { insertClient } from '../../../test/support/factories.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { disruptionClients, disruptions } from '../../db/schema/index.ts';

export interface DisruptionSeed {
  title?: string;
  privateDetail?: string;
  clientMessage?: string;
  startedOn?: string;
  promisedOn?: string | null;
  estimateOn?: string | null;
  bufferDays?: number;
}

/** A disruption as declared, with no affected clients yet. */
export async function insertDisruption(db: Db, workspaceId: string, seed: DisruptionSeed = {}) {
  const [row] = await db
    .insert(disruptions)
    .values({
      workspaceId,
      title: seed.title ?? 'Owner in hospital',
      privateDetail: seed.privateDetail ?? 'PRIVATE: surgery at St Mary’s, recovery unknown',
      clientMessage: seed.clientMessage ?? 'I am away for a few weeks; my colleague keeps things running.',
      startedOn: seed.startedOn ?? '2026-11-20',
      audience: { kind: 'chosen' },
      estimateOn: seed.estimateOn ?? null,
      bufferDays: seed.bufferDays ?? 0,
      promisedOn: seed.promisedOn === undefined ? '2026-12-15' : seed.promisedOn,
      outreachSubject: 'An update from us',
      outreachBody: 'Hello {{client.name}}',
    })
    .returning();
  if (!row) throw new Error('disruption insert returned nothing');
  return row;
}

/** Affected-client rows for existing clients, added at `addedAt`. */
export async function addAffected(
  db: Db,
  workspaceId: string,
  disruptionId: string,
  clientIds: readonly string[],
  addedAt: Date,
  overrides: Partial<typeof disruptionClients.$inferInsert> = {},
) {
  if (clientIds.length === 0) return;
  await db
    .insert(disruptionClients)
    .values(clientIds.map((clientId) => ({ workspaceId, disruptionId, clientId, addedAt, ...overrides })));
}

/** `n` new clients, affected by the disruption from `addedAt`; their ids, in name order. */
export async function affectedClients(
  db: Db,
  workspaceId: string,
  disruptionId: string,
  names: readonly string[],
  addedAt: Date,
): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const client = await insertClient(db, workspaceId, {
      name,
      email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`,
    });
    ids.push(client.id);
  }
  await addAffected(db, workspaceId, disruptionId, ids, addedAt);
  return ids;
}

/** Row counts of the tables these features write: a refusal must leave them all alone. */
export async function stepFingerprint(db: Db): Promise<Record<string, number>> {
  const tables = [
    'disruptions',
    'disruption_clients',
    'disruption_thank_yous',
    'disruption_inputs',
    'client_page_links',
    'client_assignments',
    'interactions',
    'callbacks',
    'credits',
    'adjustments',
    'journal_entries',
    'audit_log',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    counts[table] = row?.n ?? 0;
  }
  const [states] = await queryRows<{ s: string }>(
    db,
    sql`select coalesce(string_agg(status::text || coalesce(resolved_on::text, ''), ',' order by id), '') as s from disruptions`,
  );
  counts[`disruption states ${states?.s}`] = 1;
  return counts;
}
