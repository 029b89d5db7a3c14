import { and, eq, inArray } from 'drizzle-orm';
import { effectiveTermEnd } from '../../core/billing/index.ts';
import type { Db } from '../../db/connect.ts';
import { clients, plans } from '../../db/schema/index.ts';
import { type AgreementRow, loadBillingInputs } from '../billing-shared/billing-inputs.ts';
import type { AgreementView } from './schemas.ts';

/** API views of stored agreements, with their adjustments, credits and effective end. */
export async function toAgreementViews(
  db: Db,
  workspaceId: string,
  rows: readonly AgreementRow[],
  currency: string,
): Promise<AgreementView[]> {
  if (rows.length === 0) return [];
  const inputs = await loadBillingInputs(db, workspaceId, rows, currency);
  const clientIds = [...new Set(rows.map((row) => row.clientId))];
  const planIds = [...new Set(rows.flatMap((row) => (row.planId ? [row.planId] : [])))];
  // Sequential: callers may pass a transaction, whose one connection takes one query at a time.
  const clientRows = await db
    .select({ id: clients.id, name: clients.name })
    .from(clients)
    .where(and(eq(clients.workspaceId, workspaceId), inArray(clients.id, clientIds)));
  const planRows =
    planIds.length === 0
      ? []
      : await db
          .select({ id: plans.id, name: plans.name })
          .from(plans)
          .where(and(eq(plans.workspaceId, workspaceId), inArray(plans.id, planIds)));
  const clientName = new Map(clientRows.map((row) => [row.id, row.name]));
  const planName = new Map(planRows.map((row) => [row.id, row.name]));

  return inputs.map(({ row, agreement, adjustments: list, storedAdjustments, credits }) => {
    const term = effectiveTermEnd(agreement, list);
    const stored = new Map(storedAdjustments.map((adjustment) => [adjustment.id, adjustment]));
    return {
      id: row.id,
      clientId: row.clientId,
      clientName: clientName.get(row.clientId) ?? '',
      plan: row.planId ? { id: row.planId, name: planName.get(row.planId) ?? '' } : null,
      description: row.description,
      priceMinor: row.priceMinor,
      interval: row.interval,
      currency,
      startsOn: row.startsOn,
      termEnd: row.termEnd,
      effectiveEnd: term.endDate,
      commitmentEnd: term.commitmentEndDate,
      status: row.status,
      adjustments: list
        .map((adjustment) => {
          const source = stored.get(adjustment.id);
          const { id, kind, fromPeriod, ...terms } = adjustment;
          return {
            id,
            kind,
            fromPeriod,
            terms,
            reason: source?.reason ?? null,
            createdAt: source?.createdAt.toISOString() ?? '',
          };
        })
        .sort((a, b) => a.fromPeriod - b.fromPeriod || a.createdAt.localeCompare(b.createdAt)),
      credits: credits.map((credit) => ({
        id: credit.id,
        amountMinor: credit.amountMinor,
        usedMinor: credit.usedMinor,
        fromPeriod: credit.fromPeriod,
        description: credit.description ?? 'Credit',
      })),
      createdAt: row.createdAt.toISOString(),
    };
  });
}
