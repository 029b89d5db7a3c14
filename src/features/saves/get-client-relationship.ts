import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { requireVisibleClient } from '../clients/visibility.ts';
import { relationshipSummary } from './relationship-summary.ts';
import type { RelationshipView } from './schemas.ts';

/**
 * The relationship summary the save case view leads with, for any client the actor may
 * see, without a case: 404 for a client a stand-in is not assigned, and no money for a
 * stand-in (as in the case view).
 */
export async function getClientRelationship(
  db: Db,
  actor: Actor,
  clientId: string,
  now: Date,
): Promise<RelationshipView> {
  const client = await requireVisibleClient(db, actor, clientId);
  return relationshipSummary(db, actor, { id: client.id, since: client.since }, null, now);
}
