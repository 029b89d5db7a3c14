import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { plans } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';
import { toPlanView } from './plan-view.ts';
import type { CreatePlanInput, PlanView } from './schemas.ts';

/** Adds a plan to the workspace's price list (owner only). */
export async function createPlan(db: Db, actor: Actor, input: CreatePlanInput): Promise<PlanView> {
  if (!policies.managePlans(actor)) throw forbidden('Only the owner sets the price list');
  return db.transaction(async (tx) => {
    const currency = await workspaceCurrency(tx, actor.workspaceId);
    const [plan] = await tx
      .insert(plans)
      .values({ workspaceId: actor.workspaceId, ...input })
      .returning();
    if (!plan) throw new Error('plan insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'plan.create',
      entityType: 'plan',
      entityId: plan.id,
      after: plan,
    });
    return toPlanView(plan, currency);
  });
}
