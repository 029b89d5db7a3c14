import { and, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { AppError, forbidden, refused } from '../../core/errors/app-error.ts';
import { allocatePayment } from '../../core/ledger/allocate-payment.ts';
import { invoiceState } from '../../core/ledger/invoice-state.ts';
import type { PaymentMethod } from '../../core/ledger/payment-methods.ts';
import { postPayment } from '../../core/ledger/post-payment.ts';
import type { Db } from '../../db/connect.ts';
import { clients, invoices, paymentAllocations, payments } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { recoveriesForPaidInvoices } from '../billing-shared/holiday-recoveries.ts';
import { requirePosted } from '../billing-shared/posting.ts';
import { writeJournal } from '../billing-shared/write-journal.ts';
import { requireVisibleClient } from '../clients/visibility.ts';
import { workspaceToday } from '../tasks/workspace-today.ts';
import { clientCreditPosition } from './client-credit.ts';
import { lockPayableInvoices, toOpenInvoices } from './payable-invoices.ts';
import { toPaymentViews } from './payment-views.ts';
import type { PaymentView, RecordPaymentInput } from './schemas.ts';

/**
 * Methods that may not pay more than the invoices owe. Goods, trade units and credit are
 * worth something only against an invoice: turning the excess into a credit balance
 * would let it come back out as cash by a refund.
 */
const NO_OVERPAYMENT: ReadonlySet<PaymentMethod> = new Set(['barter', 'trade_currency', 'service_credit']);

/**
 * Records a payment (owner and staff): allocates it to the client's invoices (oldest
 * first, or as chosen), updates what each invoice has paid and its status, and posts the
 * payment's journal entry; anything left over becomes the client's credit balance. Each
 * payment-holiday extension invoice it pays in full posts its holiday recovery. One
 * transaction with its audit row. The client's row and the invoices paid are locked, so
 * concurrent payments take turns and never allocate the same amount twice.
 */
export async function recordPayment(
  db: Db,
  actor: Actor,
  input: RecordPaymentInput,
  now: Date,
): Promise<PaymentView> {
  if (!policies.writeBilling(actor)) throw forbidden('Billing is for the owner and staff');
  return db.transaction(async (tx) => {
    const workspaceId = actor.workspaceId;
    const client = await requireVisibleClient(tx, actor, input.clientId);
    // Payments of one client take turns: the credit balance below must not change under us.
    await tx
      .select({ id: clients.id })
      .from(clients)
      .where(and(eq(clients.workspaceId, workspaceId), eq(clients.id, client.id)))
      .for('no key update');
    const today = await workspaceToday(tx, workspaceId, now);
    if (input.receivedOn > today) {
      throw refused(`A payment cannot be received after today (${today})`, [
        { path: 'receivedOn', message: 'In the future' },
      ]);
    }

    const rows = await lockPayableInvoices(tx, workspaceId, client.id, input.receivedOn, input.allocations);
    const allocation = allocatePayment(input.amountMinor, toOpenInvoices(rows), input.allocations);
    if (!allocation.ok) {
      requirePosted(allocation);
      throw new Error('unreachable: a refusal always throws');
    }
    if (allocation.overpaymentMinor > 0 && NO_OVERPAYMENT.has(input.method)) {
      const owed = input.amountMinor - allocation.overpaymentMinor;
      throw refused(
        `A ${input.method.replace('_', ' ')} payment may not exceed what its invoices owe (${owed}); ` +
          'only cash, card, cheque or bank transfer can leave a credit balance',
        [{ path: 'amountMinor', message: `At most ${owed} here` }],
      );
    }
    const credit =
      input.method === 'service_credit' ? await clientCreditPosition(tx, workspaceId, client.id) : null;
    if (credit && input.amountMinor > credit.availableMinor) {
      throw refused(
        `The client’s credit balance has ${credit.availableMinor} to spend, not ${input.amountMinor}`,
        [{ path: 'amountMinor', message: `At most ${credit.availableMinor}` }],
      );
    }

    const paymentId = uuidv7();
    const entry = requirePosted(
      postPayment({
        id: paymentId,
        clientId: client.id,
        receivedOn: input.receivedOn,
        method: input.method,
        amountMinor: input.amountMinor,
        allocations: allocation.allocations,
        ...(input.exchangeFeeMinor !== undefined ? { exchangeFeeMinor: input.exchangeFeeMinor } : {}),
        ...(credit ? { creditAvailableMinor: credit.availableMinor } : {}),
      }),
    );
    const [payment] = await tx
      .insert(payments)
      .values({
        workspaceId,
        id: paymentId,
        clientId: client.id,
        receivedOn: input.receivedOn,
        method: input.method,
        amountMinor: input.amountMinor,
        reference: input.reference ?? null,
        note: input.note ?? null,
        createdByUserId: actor.userId,
      })
      .returning();
    if (!payment) throw new AppError('conflict', 'The payment was not recorded');
    if (allocation.allocations.length > 0) {
      await tx
        .insert(paymentAllocations)
        .values(allocation.allocations.map((a) => ({ workspaceId, paymentId, ...a })));
    }
    const byId = new Map(rows.map((row) => [row.id, row]));
    const settled = new Set<string>();
    for (const { invoiceId, amountMinor } of allocation.allocations) {
      const row = byId.get(invoiceId);
      if (!row) throw new Error(`allocated to invoice ${invoiceId}, which was not locked`);
      const paidMinor = row.paidMinor + amountMinor;
      const status = invoiceState({ totalMinor: row.totalMinor, allocatedMinor: paidMinor, isVoid: false });
      if (status === 'paid') settled.add(row.agreementId);
      await tx
        .update(invoices)
        .set({ paidMinor, status })
        .where(and(eq(invoices.workspaceId, workspaceId), eq(invoices.id, invoiceId)));
    }
    // Extension periods of a payment holiday that this payment settles bring back the
    // deferred value they stand for, in this transaction, dated when the money came: one
    // recovery per paid invoice, at its skipped period's full price (see
    // `holidayBalances`). A part-payment recovers nothing until the invoice is paid in full.
    const recoveries = await recoveriesForPaidInvoices(
      tx,
      workspaceId,
      client.id,
      [...settled],
      input.receivedOn,
    );
    await writeJournal(tx, workspaceId, [entry, ...recoveries]);
    await recordAudit(tx, actor, {
      action: 'payment.record',
      entityType: 'payment',
      entityId: paymentId,
      after: {
        ...payment,
        allocations: allocation.allocations,
        creditMinor: allocation.overpaymentMinor,
        ...(recoveries.length > 0
          ? {
              holidayRecoveries: recoveries.map((r) => ({
                invoiceId: r.source.id,
                amountMinor: r.lines[0]?.debitMinor ?? 0,
              })),
            }
          : {}),
      },
    });
    const [view] = await toPaymentViews(tx, workspaceId, [payment]);
    if (!view) throw new Error('payment view missing');
    return view;
  });
}
