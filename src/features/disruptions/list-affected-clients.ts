import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../core/auth/actor.ts';
import { encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { readCursor } from '../shared/read-cursor.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import { AFFECTED_SORT, selectAffectedClients } from './affected-client-rows.ts';
import type { AffectedClientView, ListAffectedClientsQuery } from './client-schemas.ts';
import {
  type DisruptionRow,
  readableAffectedCondition,
  requireReadableDisruption,
} from './disruption-access.ts';

const cursorKey = z.tuple([z.string().max(400), z.uuid()]);

/**
 * A disruption's affected clients in name order, a page at a time, with each one's step
 * 1, 2 and 4 state; `q` narrows them by name (the pickers search with it). A stand-in
 * sees only the clients they stand in for.
 */
export async function listAffectedClients(
  db: Db,
  actor: Actor,
  disruptionId: string,
  query: ListAffectedClientsQuery,
  now: Date,
): Promise<{ items: AffectedClientView[]; nextCursor: string | null }> {
  const disruption = await requireReadableDisruption(db, actor, disruptionId);
  const { today } = await workspaceContext(db, actor.workspaceId, now);
  const where: SQL[] = [
    sql`${readableAffectedCondition(actor)}`,
    ...stateConditions(disruption, query, today),
  ];
  if (query.q) where.push(sql`strpos(lower(c.name), ${query.q.toLowerCase()}) > 0`);
  if (query.cursor) {
    const [name, id] = readCursor(query.cursor, cursorKey);
    where.push(sql`(${AFFECTED_SORT}, dc.client_id) > (${name}, ${id}::uuid)`);
  }
  const rows = await selectAffectedClients(db, actor, disruption, { where, today, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => row.view),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.sortName, last.view.clientId]) : null,
  };
}

function stateConditions(disruption: DisruptionRow, query: ListAffectedClientsQuery, today: string): SQL[] {
  const conditions: SQL[] = [];
  if (query.includeRemoved === 'false' || query.state !== 'all') conditions.push(sql`dc.removed_at is null`);
  const active = disruption.status === 'active';
  if (query.state === 'must_be_told') {
    conditions.push(
      active && disruption.promisedOn
        ? sql`dc.told_promised_on is distinct from ${disruption.promisedOn}::date`
        : sql`false`,
    );
  }
  if (query.state === 'update_overdue')
    conditions.push(active ? sql`dc.next_update_due_on < ${today}::date` : sql`false`);
  if (query.state === 'not_contacted') conditions.push(sql`dc.contacted_at is null`);
  return conditions;
}
