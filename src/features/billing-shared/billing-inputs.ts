import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Adjustment, BillingAgreement, Credit } from '../../core/billing/index.ts';
import type { Db } from '../../db/connect.ts';
import { adjustments, type agreements, credits, invoiceLines, invoices } from '../../db/schema/index.ts';

export type AgreementRow = typeof agreements.$inferSelect;
type AdjustmentRow = typeof adjustments.$inferSelect;

/** Everything the billing core needs about one agreement, read from the database. */
export interface BillingInputs {
  row: AgreementRow;
  agreement: BillingAgreement;
  adjustments: Adjustment[];
  /** The same adjustments as stored (reason, source, who and when), for views and audits. */
  storedAdjustments: AdjustmentRow[];
  /** Credits with `usedMinor` counted from the credit lines of live (not void) invoices. */
  credits: Credit[];
  /** The live (not void) invoice of each period that has one. */
  invoiceByPeriod: Map<number, string>;
}

/** The core's view of a stored agreement. */
export function toBillingAgreement(row: AgreementRow, currency: string): BillingAgreement {
  return {
    startDate: row.startsOn,
    interval: row.interval,
    priceMinor: row.priceMinor,
    currency,
    termEnd: row.termEnd,
    label: row.description,
  };
}

/** A stored adjustment as the core's tagged union: its kind's own fields live in `terms`. */
export function toAdjustment(row: AdjustmentRow): Adjustment {
  return { ...row.terms, id: row.id, kind: row.kind, fromPeriod: row.fromPeriod } as Adjustment;
}

/**
 * Loads the core's inputs for a batch of agreements with four queries, whatever the
 * batch size: the billing run, previews and the save desk all read through here, so they
 * can never disagree about what an agreement bills.
 */
export async function loadBillingInputs(
  db: Db,
  workspaceId: string,
  rows: readonly AgreementRow[],
  currency: string,
): Promise<BillingInputs[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  // One after the other: inside a transaction they share one connection, and pg refuses
  // overlapping queries on a client (a deprecation warning now, an error in pg 9).
  const adjustmentRows = await db
    .select()
    .from(adjustments)
    .where(and(eq(adjustments.workspaceId, workspaceId), inArray(adjustments.agreementId, ids)));
  const creditRows = await db
    .select({
      id: credits.id,
      agreementId: credits.agreementId,
      amountMinor: credits.amountMinor,
      fromPeriod: credits.fromPeriod,
      description: credits.description,
      // Spelled out: drizzle would print these columns unqualified, and the subquery has its own.
      usedMinor: sql<string>`coalesce((
          select sum(-l.amount_minor) from ${invoiceLines} l
          join ${invoices} i on i.workspace_id = l.workspace_id and i.id = l.invoice_id
          where l.workspace_id = credits.workspace_id and l.source_id = credits.id
            and l.kind = 'credit' and i.status <> 'void'
        ), 0)`,
    })
    .from(credits)
    .where(and(eq(credits.workspaceId, workspaceId), inArray(credits.agreementId, ids)));
  const billedRows = await db
    .select({ id: invoices.id, agreementId: invoices.agreementId, periodIndex: invoices.periodIndex })
    .from(invoices)
    .where(
      and(
        eq(invoices.workspaceId, workspaceId),
        inArray(invoices.agreementId, ids),
        ne(invoices.status, 'void'),
      ),
    );

  const byAgreement = new Map<string, BillingInputs>(
    rows.map((row) => [
      row.id,
      {
        row,
        agreement: toBillingAgreement(row, currency),
        adjustments: [],
        storedAdjustments: [],
        credits: [],
        invoiceByPeriod: new Map<number, string>(),
      },
    ]),
  );
  for (const row of adjustmentRows) {
    const inputs = byAgreement.get(row.agreementId);
    inputs?.adjustments.push(toAdjustment(row));
    inputs?.storedAdjustments.push(row);
  }
  for (const row of creditRows) {
    byAgreement.get(row.agreementId)?.credits.push({
      id: row.id,
      amountMinor: row.amountMinor,
      usedMinor: Number(row.usedMinor),
      fromPeriod: row.fromPeriod,
      description: row.description,
    });
  }
  for (const row of billedRows)
    byAgreement.get(row.agreementId)?.invoiceByPeriod.set(row.periodIndex, row.id);
  return [...byAgreement.values()];
}

/** The first period after the last one invoiced: where previews start and adjustments may begin. */
export function nextUnbilledPeriod(inputs: Pick<BillingInputs, 'invoiceByPeriod'>): number {
  let next = 0;
  for (const index of inputs.invoiceByPeriod.keys()) next = Math.max(next, index + 1);
  return next;
}
