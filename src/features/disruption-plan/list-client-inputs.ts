import { eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../core/auth/actor.ts';
import { encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionInputs } from '../../db/schema/index.ts';
import { requireReadableDisruption } from '../disruptions/disruption-access.ts';
import { readCursor } from '../shared/read-cursor.ts';
import { createdMs, selectInputs } from './input-rows.ts';
import type { InputView, ListInputsQuery } from './schemas.ts';

const cursorKey = z.tuple([z.iso.datetime(), z.uuid()]);

/** What clients said about the plan — logged by the team or sent from their page — newest first. */
export async function listClientInputs(
  db: Db,
  actor: Actor,
  disruptionId: string,
  query: ListInputsQuery,
): Promise<{ items: InputView[]; nextCursor: string | null }> {
  await requireReadableDisruption(db, actor, disruptionId);
  const where: SQL[] = [eq(disruptionInputs.disruptionId, disruptionId)];
  if (query.clientId) where.push(eq(disruptionInputs.clientId, query.clientId));
  if (query.source) where.push(eq(disruptionInputs.source, query.source));
  if (query.cursor) {
    const [createdAt, id] = readCursor(query.cursor, cursorKey);
    where.push(sql`(${createdMs}, ${disruptionInputs.id}) < (${createdAt}::timestamptz, ${id}::uuid)`);
  }
  const rows = await selectInputs(db, actor, where, query.limit + 1);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt, last.id]) : null,
  };
}
