import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { agreements, invoices } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { missingInvoices } from '../billing-runs/bill-agreement.ts';
import { lockInvoiceCounter, writeInvoices } from '../billing-runs/write-invoices.ts';
import { loadBillingInputs } from '../billing-shared/billing-inputs.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';
import { type InvoiceRow, selectInvoiceViews } from './invoice-views.ts';
import type { InvoiceView } from './schemas.ts';

/** The workspace's invoice numbering, held until the transaction ends: the last number used. */
export interface HeldNumbers {
  lastNumber: number;
}

export interface Reissue {
  replacement: InvoiceView | null;
  note: string;
}

/** Takes the invoice counter, as the billing run does, before any invoice row is locked. */
export async function takeInvoiceNumbers(db: Db, workspaceId: string): Promise<HeldNumbers> {
  return { lastNumber: await lockInvoiceCounter(db, workspaceId) };
}

/**
 * Issues the replacement of a just-voided invoice: the same period, computed afresh by
 * the billing core from the agreement as it stands (adjustments added since included, the
 * void invoice's credits free again), numbered next and pointing at the one it replaces.
 * A period the agreement no longer bills (paused, cancelled) gets none, and says so.
 */
export async function reissueInvoice(
  db: Db,
  actor: Actor,
  voided: InvoiceRow,
  numbers: HeldNumbers,
  today: string,
): Promise<Reissue> {
  const workspaceId = actor.workspaceId;
  const [agreement] = await db
    .select()
    .from(agreements)
    .where(and(eq(agreements.workspaceId, workspaceId), eq(agreements.id, voided.agreementId)));
  if (!agreement) throw notFound('Agreement');
  const [inputs] = await loadBillingInputs(
    db,
    workspaceId,
    [agreement],
    await workspaceCurrency(db, workspaceId),
  );
  const bill = inputs
    ? missingInvoices(inputs, voided.periodStart).find(
        (invoice) => invoice.period.index === voided.periodIndex,
      )
    : undefined;
  if (!bill) {
    return {
      replacement: null,
      note: `The agreement bills nothing for period ${voided.periodIndex} any more: no replacement was issued`,
    };
  }
  const written = await writeInvoices(
    db,
    workspaceId,
    numbers.lastNumber,
    [{ agreementId: agreement.id, clientId: agreement.clientId, invoice: bill }],
    null,
    voided.id,
  );
  const replacementId = written.ids[0];
  if (!replacementId) throw new Error('the replacement invoice was not written');
  const [replacement] = await selectInvoiceViews(db, workspaceId, {
    where: [eq(invoices.id, replacementId)],
    today,
    limit: 1,
  });
  if (!replacement) throw new Error('the replacement invoice vanished after its write');
  await recordAudit(db, actor, {
    action: 'invoice.reissue',
    entityType: 'invoice',
    entityId: replacementId,
    after: { replacesInvoiceId: voided.id, number: replacement.number, totalMinor: replacement.totalMinor },
  });
  return { replacement, note: `Replaced by invoice ${replacement.number}` };
}
