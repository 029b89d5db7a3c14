import type { PaymentMethod } from '../ledger/payment-methods.ts';
import type { DemoAgreement, DemoInvoice, DemoPayment } from './demo-billing.ts';
import type { DemoClient } from './demo-plan.ts';
import { addDays } from './demo-time.ts';
import type { Random } from './seeded-random.ts';

/** What one barter payment is worth at most: a print run, at fair market value. */
const BARTER_VALUE_MINOR = 45_000;

export interface PaymentsInput {
  rng: Random;
  clients: readonly DemoClient[];
  agreements: readonly DemoAgreement[];
  invoices: readonly DemoInvoice[];
  today: string;
  /** Invoices left unpaid past their due date. */
  unpaid: readonly number[];
  /** An overdue invoice the client paid only part of. */
  partlyPaid: number;
  /** The client who pays one invoice in kind. */
  barter: number;
}

/**
 * How the invoices were paid: each client by its habit (mostly bank transfer, some by
 * card, a few by cheque or cash), most within the payment terms and some a little late,
 * and every invoice already due paid in full, except the overdue ones planned. Recent
 * invoices not due yet may still be open. One invoice is paid in kind, the rest of it by
 * transfer. Oldest first.
 */
export function demoPayments(input: PaymentsInput): DemoPayment[] {
  const { rng, invoices, agreements, today } = input;
  const deck = rng.shuffle(agreements.map((_, n) => habit(n / agreements.length)));
  const habits = new Map(agreements.map((agreement, n) => [agreement.client, deck[n] as PaymentMethod]));
  const clientOf = (invoice: DemoInvoice) => (agreements[invoice.agreement] as DemoAgreement).client;
  const payments: DemoPayment[] = [];
  invoices.forEach((invoice, index) => {
    if (invoice.totalMinor === 0 || input.unpaid.includes(index)) return;
    const method = habits.get(clientOf(invoice)) ?? 'bank_transfer';
    const reference = method === 'cheque' ? `Cheque no. ${rng.int(100_100, 100_999)}` : null;
    if (index === input.partlyPaid) {
      // About two fifths, rounded down to whole dollars: what the client could spare.
      const amountMinor = Math.max(100, Math.floor((invoice.totalMinor * 2) / 500) * 100);
      const receivedOn = addDays(invoice.dueOn, rng.int(4, 12));
      const note = 'Part payment: the rest promised with the next one';
      payments.push({ invoice: index, amountMinor, method, receivedOn, reference, note });
      return;
    }
    const delay = rng.chance(0.1) ? rng.int(15, 28) : rng.int(0, 12);
    let receivedOn = addDays(invoice.issuedOn, delay);
    if (receivedOn > today) {
      if (invoice.dueOn >= today) return; // not due yet: still open
      receivedOn = today;
    }
    payments.push({
      invoice: index,
      amountMinor: invoice.totalMinor,
      method,
      receivedOn,
      reference,
      note: null,
    });
  });
  payInKind(input, payments);
  return payments.sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0));
}

/** The barter client's latest payment becomes goods at fair value, the rest by transfer. */
function payInKind(input: PaymentsInput, payments: DemoPayment[]) {
  const { invoices, agreements, clients } = input;
  const at = payments.findLastIndex((payment) => {
    const invoice = invoices[payment.invoice] as DemoInvoice;
    const isFull = payment.amountMinor === invoice.totalMinor;
    return isFull && (agreements[invoice.agreement] as DemoAgreement).client === input.barter;
  });
  const payment = payments[at];
  if (!payment) throw new Error('the barter client has no paid invoice');
  const sells = (clients[input.barter] as DemoClient).profile.sells;
  const inKind = Math.min(payment.amountMinor, BARTER_VALUE_MINOR);
  const rest = payment.amountMinor - inKind;
  const barter: DemoPayment = {
    ...payment,
    amountMinor: inKind,
    method: 'barter',
    reference: null,
    note: `In kind, at fair market value: ${sells.toLowerCase()} for the studio's open day`,
  };
  const transfer: DemoPayment[] =
    rest > 0 ? [{ ...payment, amountMinor: rest, method: 'bank_transfer', reference: null, note: null }] : [];
  payments.splice(at, 1, barter, ...transfer);
}

/** Habits dealt from a deck, so every method is someone's: half bank transfer, then card, cheque, cash. */
function habit(share: number): PaymentMethod {
  if (share < 0.5) return 'bank_transfer';
  if (share < 0.8) return 'card';
  if (share < 0.9) return 'cheque';
  return 'cash';
}
