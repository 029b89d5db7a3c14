import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import { requireReadableDisruption } from './disruption-access.ts';
import { toDisruptionView } from './disruption-views.ts';
import type { DisruptionView } from './schemas.ts';

/**
 * One disruption with its counts. The private detail is included: owner, staff and the
 * stand-ins working on it are the team. Client-facing paths never use this view.
 */
export async function getDisruption(db: Db, actor: Actor, id: string, now: Date): Promise<DisruptionView> {
  const disruption = await requireReadableDisruption(db, actor, id);
  const { today } = await workspaceContext(db, actor.workspaceId, now);
  return toDisruptionView(db, actor, disruption, today);
}
