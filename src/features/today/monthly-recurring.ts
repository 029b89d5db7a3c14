import { and, asc, eq, gt, lte } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { recurringTwelfths, twelfthsToMinor } from '../../core/billing/index.ts';
import type { Db } from '../../db/connect.ts';
import { agreements } from '../../db/schema/index.ts';
import { loadBillingInputs } from '../billing-shared/billing-inputs.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';

const BATCH = 1_000;

/**
 * Monthly recurring revenue on `today`, from the billing core (so reductions, holidays,
 * pauses and cancellations count exactly as billing applies them), summed exactly and
 * rounded once. Null for a stand-in, who does not see money.
 */
export async function monthlyRecurring(
  db: Db,
  actor: Actor,
  today: string,
): Promise<{ amountMinor: number; currency: string; agreements: number } | null> {
  if (!policies.seeBilling(actor)) return null;
  const currency = await workspaceCurrency(db, actor.workspaceId);
  const inScope = and(eq(agreements.workspaceId, actor.workspaceId), lte(agreements.startsOn, today));
  let twelfths = 0;
  let paying = 0;
  let afterId: string | null = null;
  for (;;) {
    const rows = await db
      .select()
      .from(agreements)
      .where(afterId ? and(inScope, gt(agreements.id, afterId)) : inScope)
      .orderBy(asc(agreements.id))
      .limit(BATCH);
    for (const inputs of await loadBillingInputs(db, actor.workspaceId, rows, currency)) {
      const amount = recurringTwelfths(inputs.agreement, inputs.adjustments, today);
      twelfths += amount;
      if (amount > 0) paying++;
    }
    if (rows.length < BATCH) break;
    afterId = rows.at(-1)?.id ?? null;
  }
  return { amountMinor: twelfthsToMinor(twelfths), currency, agreements: paying };
}
