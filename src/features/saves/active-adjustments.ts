import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { periodIndexOn, periodOf, periodStart } from '../../core/billing/index.ts';
import type { Db } from '../../db/connect.ts';
import { agreements, saveOffers } from '../../db/schema/index.ts';
import { loadBillingInputs } from '../billing-shared/billing-inputs.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';
import { requireVisibleClient } from '../clients/visibility.ts';
import { workspaceToday } from '../tasks/workspace-today.ts';
import type { ActiveAdjustmentsView } from './schemas.ts';

/**
 * The client page's badge: holidays, pauses and reductions covering today on any of the
 * client's agreements, with the day billing returns to normal. A stand-in sees it too
 * (knowing a client is on a holiday is part of the relationship); it holds no amounts.
 */
export async function activeAdjustments(
  db: Db,
  actor: Actor,
  clientId: string,
  now: Date,
): Promise<ActiveAdjustmentsView> {
  const client = await requireVisibleClient(db, actor, clientId);
  const ws = actor.workspaceId;
  const rows = await db
    .select()
    .from(agreements)
    .where(and(eq(agreements.workspaceId, ws), eq(agreements.clientId, client.id)));
  const today = await workspaceToday(db, ws, now);
  const all = await loadBillingInputs(db, ws, rows, await workspaceCurrency(db, ws));
  const items: ActiveAdjustmentsView['items'] = [];
  for (const { row, agreement, adjustments } of all) {
    const index = periodIndexOn(agreement, today);
    if (index === null) continue;
    const cancelledFrom =
      adjustments.find((a) => a.kind === 'cancellation')?.fromPeriod ?? Number.POSITIVE_INFINITY;
    if (index >= cancelledFrom) continue;
    for (const adjustment of adjustments) {
      if (
        adjustment.kind !== 'payment_holiday' &&
        adjustment.kind !== 'pause' &&
        adjustment.kind !== 'reduction'
      ) {
        continue;
      }
      const end = adjustment.fromPeriod + adjustment.periods;
      if (index < adjustment.fromPeriod || index >= end) continue;
      items.push({
        adjustmentId: adjustment.id,
        agreementId: row.id,
        kind: adjustment.kind,
        basisPoints: adjustment.kind === 'reduction' ? adjustment.basisPoints : null,
        startsOn: periodStart(agreement, adjustment.fromPeriod),
        endsOn: periodOf(agreement, end - 1).end,
        returnsOn: periodStart(agreement, end),
        saveCaseId: null,
      });
    }
  }
  if (items.length === 0) return { items };
  const sources = await db
    .select({ adjustmentId: saveOffers.adjustmentId, caseId: saveOffers.caseId })
    .from(saveOffers)
    .where(
      and(
        eq(saveOffers.workspaceId, ws),
        inArray(
          saveOffers.adjustmentId,
          items.map((item) => item.adjustmentId),
        ),
      ),
    );
  const caseOf = new Map(sources.map((source) => [source.adjustmentId, source.caseId]));
  return { items: items.map((item) => ({ ...item, saveCaseId: caseOf.get(item.adjustmentId) ?? null })) };
}
