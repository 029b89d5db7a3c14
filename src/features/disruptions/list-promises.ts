import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionPromises, users } from '../../db/schema/index.ts';
import { requireReadableDisruption } from './disruption-access.ts';
import type { PromiseHistoryView } from './time-frame-schemas.ts';

/**
 * Step 4's history, oldest first. A row whose promise differs from the one before is a
 * re-promise; the same promise means only the estimate moved. Kept or broken is read from
 * here against the resolution date.
 */
export async function listPromises(db: Db, actor: Actor, disruptionId: string): Promise<PromiseHistoryView> {
  await requireReadableDisruption(db, actor, disruptionId);
  const rows = await db
    .select({ promise: disruptionPromises, userName: users.name })
    .from(disruptionPromises)
    .leftJoin(
      users,
      and(
        eq(users.workspaceId, disruptionPromises.workspaceId),
        eq(users.id, disruptionPromises.createdByUserId),
      ),
    )
    .where(
      and(
        eq(disruptionPromises.workspaceId, actor.workspaceId),
        eq(disruptionPromises.disruptionId, disruptionId),
      ),
    )
    .orderBy(asc(disruptionPromises.createdAt), asc(disruptionPromises.id));
  return {
    items: rows.map(({ promise, userName }, index) => {
      const previous = rows[index - 1]?.promise.promisedOn;
      return {
        id: promise.id,
        kind: previous === undefined ? 'first' : previous === promise.promisedOn ? 'estimate' : 're_promise',
        estimateOn: promise.estimateOn,
        bufferDays: promise.bufferDays,
        promisedOn: promise.promisedOn,
        reason: promise.reason,
        createdBy:
          promise.createdByUserId && userName ? { id: promise.createdByUserId, name: userName } : null,
        createdAt: promise.createdAt.toISOString(),
      };
    }),
  };
}
