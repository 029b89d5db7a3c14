import { and, asc, eq, isNull } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { plans } from '../../db/schema/index.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';
import { toPlanView } from './plan-view.ts';
import type { PlanView } from './schemas.ts';

/** The price list, by name. A workspace has a handful of plans, so there is no paging. */
export async function listPlans(
  db: Db,
  actor: Actor,
  includeArchived: boolean,
): Promise<{ items: PlanView[] }> {
  if (!policies.seeBilling(actor)) throw forbidden();
  const rows = await db
    .select()
    .from(plans)
    .where(
      and(eq(plans.workspaceId, actor.workspaceId), includeArchived ? undefined : isNull(plans.archivedAt)),
    )
    .orderBy(asc(plans.name), asc(plans.id));
  const currency = await workspaceCurrency(db, actor.workspaceId);
  return { items: rows.map((row) => toPlanView(row, currency)) };
}
