import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { planBilling, priceAt, treatmentOf } from '../../core/billing/billing-plan.ts';
import type { Db } from '../../db/connect.ts';
import { agreements } from '../../db/schema/index.ts';
import {
  type BillingInputs,
  loadBillingInputs,
  nextUnbilledPeriod,
} from '../billing-shared/billing-inputs.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';

export interface LiveAgreement {
  inputs: BillingInputs;
  /** The first period not yet invoiced: where a thank-you starts. */
  nextPeriod: number;
  /** The full price of that period (before any reduction): what a free month is worth. */
  nextPeriodPriceMinor: number;
}

/**
 * The agreement a money thank-you goes on: the client's most recently started active
 * agreement that still bills after what is already invoiced (not past its term, not
 * cancelled by then). Null when the client has none.
 */
export async function findLiveAgreement(
  db: Db,
  actor: Actor,
  clientId: string,
): Promise<LiveAgreement | null> {
  const rows = await db
    .select()
    .from(agreements)
    .where(
      and(
        eq(agreements.workspaceId, actor.workspaceId),
        eq(agreements.clientId, clientId),
        eq(agreements.status, 'active'),
      ),
    )
    .orderBy(desc(agreements.startsOn), desc(agreements.createdAt));
  const currency = await workspaceCurrency(db, actor.workspaceId);
  for (const inputs of await loadBillingInputs(db, actor.workspaceId, rows, currency)) {
    const nextPeriod = nextUnbilledPeriod(inputs);
    const plan = planBilling(inputs.agreement, inputs.adjustments);
    const treatment = treatmentOf(plan, nextPeriod);
    if (!treatment.billed && treatment.reason !== 'paused') continue;
    return { inputs, nextPeriod, nextPeriodPriceMinor: priceAt(plan, nextPeriod) };
  }
  return null;
}
