import { and, eq } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { validateAgreement } from '../../core/billing/index.ts';
import { AppError, forbidden, notFound, refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { agreements, plans } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { toBillingAgreement } from '../billing-shared/billing-inputs.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';
import { requireVisibleClient } from '../clients/visibility.ts';
import { toAgreementViews } from './agreement-views.ts';
import type { AgreementView, CreateAgreementInput } from './schemas.ts';

/**
 * Signs a client to a plan or a custom price. The plan's price and interval are copied,
 * so a later change to the plan never rewrites this client's invoices.
 */
export async function createAgreement(
  db: Db,
  actor: Actor,
  input: CreateAgreementInput,
): Promise<AgreementView> {
  if (!policies.writeBilling(actor)) throw forbidden('Billing is for the owner and staff');
  return db.transaction(async (tx) => {
    const client = await requireVisibleClient(tx, actor, input.clientId);
    if (client.archivedAt) throw refused('The client is archived; restore it before making an agreement');
    const plan = input.planId ? await requirePlan(tx, actor.workspaceId, input.planId) : null;
    if (plan?.archivedAt) throw refused(`The plan "${plan.name}" is archived`);
    const currency = await workspaceCurrency(tx, actor.workspaceId);

    const values = {
      workspaceId: actor.workspaceId,
      clientId: client.id,
      planId: plan?.id ?? null,
      description: input.description ?? plan?.name ?? '',
      priceMinor: input.priceMinor ?? plan?.priceMinor ?? 0,
      interval: input.interval ?? plan?.interval ?? 'month',
      startsOn: input.startsOn,
      termEnd: input.termEnd ?? null,
      createdByUserId: actor.userId,
    };
    if (plan && input.interval && input.interval !== plan.interval) {
      throw new AppError('invalid_input', 'An agreement on a plan bills at the plan’s interval', [
        { path: 'interval', message: `The plan bills every ${plan.interval}` },
      ]);
    }
    const problems = validateAgreement(
      toBillingAgreement({ ...values, id: '', status: 'active', createdAt: new Date() }, currency),
    );
    if (problems.length > 0) {
      throw new AppError(
        'invalid_input',
        problems[0]?.message ?? 'The agreement is not valid',
        problems.map((p) => ({ path: p.path === 'startDate' ? 'startsOn' : p.path, message: p.message })),
      );
    }

    const [row] = await tx.insert(agreements).values(values).returning();
    if (!row) throw new Error('agreement insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'agreement.create',
      entityType: 'agreement',
      entityId: row.id,
      after: row,
    });
    const [view] = await toAgreementViews(tx, actor.workspaceId, [row], currency);
    if (!view) throw new Error('agreement view missing');
    return view;
  });
}

async function requirePlan(db: Db, workspaceId: string, planId: string) {
  const [plan] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.workspaceId, workspaceId), eq(plans.id, planId)))
    .limit(1);
  if (!plan) throw notFound('Plan');
  return plan;
}
