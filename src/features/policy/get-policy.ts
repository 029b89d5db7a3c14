import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { loadSavePolicy } from './load-save-policy.ts';
import type { PolicyView } from './schemas.ts';

/** The workspace's save policy and reasons. Anyone signed in may read them: staff work within them. */
export async function getPolicy(db: Db, actor: Actor): Promise<PolicyView> {
  const { policy, reasons } = await loadSavePolicy(db, actor.workspaceId);
  return { saves: policy, saveReasons: reasons };
}
