import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { disruptions } from '../../db/schema/index.ts';

/**
 * Loads a disruption of the actor's workspace, or fails with 404. A stand-in may read
 * the disruption they stand in for; what they may do on each client is checked per client
 * (`requireVisibleClient`).
 */
export async function requireDisruption(db: Db, actor: Actor, disruptionId: string, forUpdate = false) {
  const query = db
    .select()
    .from(disruptions)
    .where(and(eq(disruptions.workspaceId, actor.workspaceId), eq(disruptions.id, disruptionId)))
    .limit(1);
  const [disruption] = forUpdate ? await query.for('update') : await query;
  if (!disruption) throw notFound('Disruption');
  return disruption;
}
