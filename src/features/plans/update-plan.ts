import { and, eq } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden, notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { plans } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';
import { toPlanView } from './plan-view.ts';
import type { PlanView, UpdatePlanInput } from './schemas.ts';

/** Renames, reprices or archives a plan (owner only). Agreements already made keep their price. */
export async function updatePlan(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdatePlanInput,
  now: Date,
): Promise<PlanView> {
  if (!policies.managePlans(actor)) throw forbidden('Only the owner sets the price list');
  return db.transaction(async (tx) => {
    const where = and(eq(plans.workspaceId, actor.workspaceId), eq(plans.id, id));
    const [before] = await tx.select().from(plans).where(where).for('update');
    if (!before) throw notFound('Plan');
    const changes: Partial<typeof plans.$inferInsert> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.priceMinor !== undefined) changes.priceMinor = input.priceMinor;
    if (input.archived !== undefined) changes.archivedAt = input.archived ? (before.archivedAt ?? now) : null;
    const [after] = await tx.update(plans).set(changes).where(where).returning();
    if (!after) throw notFound('Plan');
    await recordAudit(tx, actor, { action: 'plan.update', entityType: 'plan', entityId: id, before, after });
    return toPlanView(after, await workspaceCurrency(tx, actor.workspaceId));
  });
}
