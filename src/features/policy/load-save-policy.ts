import { eq } from 'drizzle-orm';
import {
  DEFAULT_SAVE_POLICY,
  DEFAULT_SAVE_REASONS,
  type SavePolicy,
  type SaveReason,
} from '../../core/saves/index.ts';
import type { Db } from '../../db/connect.ts';
import { savePolicies } from '../../db/schema/index.ts';

export interface WorkspaceSavePolicy {
  policy: SavePolicy;
  reasons: SaveReason[];
}

/**
 * The workspace's save policy and reason taxonomy: the stored row over the defaults, so a
 * field added to the policy later reads as its default in older rows. `forUpdate` locks
 * the row (when there is one) so a change and the checks made against it take turns.
 */
export async function loadSavePolicy(
  db: Db,
  workspaceId: string,
  options: { forUpdate?: boolean } = {},
): Promise<WorkspaceSavePolicy> {
  const query = db.select().from(savePolicies).where(eq(savePolicies.workspaceId, workspaceId)).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return {
    policy: { ...DEFAULT_SAVE_POLICY, ...row?.policy },
    reasons: row?.reasons ?? DEFAULT_SAVE_REASONS.map((reason) => ({ ...reason })),
  };
}
