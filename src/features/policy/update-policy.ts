import { isDeepStrictEqual } from 'node:util';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { AppError, forbidden } from '../../core/errors/app-error.ts';
import { savePolicyProblems, saveReasonProblems } from '../../core/saves/index.ts';
import type { Db } from '../../db/connect.ts';
import { savePolicies } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadSavePolicy } from './load-save-policy.ts';
import type { PolicyPatch, PolicyView } from './schemas.ts';

/**
 * Changes part of the save policy or the reason list (owner only). The merged policy is
 * checked whole, so a patch of `reductionMaxPeriods` alone cannot fall below the stored
 * minimum. Offers already accepted keep their terms; proposed ones are checked again
 * against the new policy when accepted.
 */
export async function updatePolicy(db: Db, actor: Actor, patch: PolicyPatch): Promise<PolicyView> {
  if (!policies.manageSettings(actor)) throw forbidden('Only the owner sets the policy');
  return db.transaction(async (tx) => {
    const stored = await loadSavePolicy(tx, actor.workspaceId, { forUpdate: true });
    const before: PolicyView = { saves: stored.policy, saveReasons: stored.reasons };
    const after: PolicyView = {
      saves: { ...before.saves, ...patch.saves },
      saveReasons: patch.saveReasons ?? before.saveReasons,
    };
    const problems = [
      ...savePolicyProblems(after.saves).map((p) => ({ ...p, path: `saves.${p.path}` })),
      ...saveReasonProblems(after.saveReasons).map((p) => ({ ...p, path: `saveReasons${p.path.slice(7)}` })),
    ];
    if (problems.length > 0) throw new AppError('invalid_input', 'The policy is not valid', problems);
    if (isDeepStrictEqual(before, after)) return before;

    await tx
      .insert(savePolicies)
      .values({ workspaceId: actor.workspaceId, policy: after.saves, reasons: after.saveReasons })
      .onConflictDoUpdate({
        target: savePolicies.workspaceId,
        set: { policy: after.saves, reasons: after.saveReasons, updatedAt: new Date() },
      });
    await recordAudit(tx, actor, {
      action: 'policy.update',
      entityType: 'workspace',
      entityId: actor.workspaceId,
      before,
      after,
    });
    return after;
  });
}
