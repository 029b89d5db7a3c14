import type { Actor } from '../../core/auth/actor.ts';
import { refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { type DisruptionRow, requireManager } from '../disruptions/disruption-access.ts';
import { requireDisruption } from '../disruptions/require-disruption.ts';

/** A disruption of the team's that is over: thank-yous belong to the end (422 before it). */
export async function requireResolved(db: Db, actor: Actor, disruptionId: string): Promise<DisruptionRow> {
  requireManager(actor);
  const disruption = await requireDisruption(db, actor, disruptionId, true);
  if (disruption.status !== 'resolved') {
    throw refused('Thank-yous come when the disruption is resolved', [
      { path: 'id', message: 'Still active' },
    ]);
  }
  return disruption;
}
