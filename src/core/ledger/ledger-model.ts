import fc from 'fast-check';
import { expect } from 'vitest';
import { allocatePayment } from './allocate-payment.ts';
import type { LedgerBalances } from './balances.ts';
import type { InvoiceFacts } from './check-journal.ts';
import type { JournalEntry } from './journal-entry.ts';
import { PAYMENT_METHODS } from './payment-methods.ts';
import { postCredit } from './post-credit.ts';
import { postInvoice } from './post-invoice.ts';
import { postPayment } from './post-payment.ts';
import { postUnallocation } from './post-unallocation.ts';
import { postVoid } from './post-void.ts';
import { entryOf, isBalanced } from './test-factories.ts';

/**
 * Test aid: random histories of invoices, payments, credits and voids (`steps`), played
 * against a plain model of what each client owes (`play`), for the ledger's properties.
 */
export const CLIENTS = ['ann', 'bob', 'cy'] as const;
export const GRANT = { kind: 'grant', id: 'grant', postedOn: '2026-01-01', reason: 'goodwill' } as const;
export const client = fc.constantFrom(...CLIENTS);
// Payments and credits in the same range as invoices, so partial, split and over-payments all happen.
const money = fc.integer({ min: 1, max: 40_000 });

// One step of a client's billing life. Each is applied only where it makes sense
// (a payment needs money owed or goes to credit, a void needs an invoice).
const step = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('invoice' as const),
      client,
      base: fc.integer({ min: 0, max: 50_000 }),
      discountPercent: fc.integer({ min: 0, max: 50 }),
      isHoliday: fc.nat(4).map((n) => n === 0),
      useCredit: fc.boolean(),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('pay' as const),
      client,
      amount: money,
      method: fc.constantFrom(...PAYMENT_METHODS.filter((method) => method !== 'service_credit')),
      feePercent: fc.integer({ min: 0, max: 10 }),
      chooseNewest: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('payFromCredit' as const), client }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('grant' as const), client, amount: money }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('refund' as const),
      client,
      percent: fc.integer({ min: 1, max: 100 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('void' as const), pick: fc.nat(), unallocateFirst: fc.boolean() }),
  },
);
export const steps = (maxLength: number) => fc.array(step, { minLength: 1, maxLength, size: 'max' });

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

interface ModelInvoice {
  id: string;
  number: number;
  clientId: string;
  totalMinor: number;
  isVoid: boolean;
  entry: JournalEntry;
  /** Credit balance the invoice's credit line spent; a void gives it back. */
  creditUsed: number;
  /** Allocated amount per payment id. */
  byPayment: Map<string, number>;
}

const allocatedOf = (invoice: ModelInvoice) => [...invoice.byPayment.values()].reduce((sum, n) => sum + n, 0);

/** Plays steps through the posting functions, keeping a plain model of what billing would record. */
export function play(steps: readonly Step[]) {
  const entries: JournalEntry[] = [];
  const invoices: ModelInvoice[] = [];
  const credit = new Map<string, number>(CLIENTS.map((id) => [id, 0]));
  let sequence = 0;
  const post = (result: ReturnType<typeof postInvoice>) => {
    const entry = entryOf(result);
    expect(isBalanced(entry)).toBe(true);
    entries.push(entry);
    return entry;
  };
  const openFor = (clientId: string) =>
    invoices
      .filter(
        (invoice) =>
          invoice.clientId === clientId && !invoice.isVoid && allocatedOf(invoice) < invoice.totalMinor,
      )
      .map((invoice) => ({
        id: invoice.id,
        number: invoice.number,
        issuedOn: '2026-01-01',
        dueOn: '2026-01-01',
        outstandingMinor: invoice.totalMinor - allocatedOf(invoice),
      }));
  const allocate = (paymentId: string, allocations: { invoiceId: string; amountMinor: number }[]) => {
    for (const allocation of allocations) {
      const invoice = invoices.find((candidate) => candidate.id === allocation.invoiceId);
      invoice?.byPayment.set(paymentId, (invoice.byPayment.get(paymentId) ?? 0) + allocation.amountMinor);
    }
  };

  for (const s of steps) {
    const id = `${s.op}-${++sequence}`;
    const clientId = 'client' in s ? s.client : '';
    const available = credit.get(clientId) ?? 0;
    if (s.op === 'invoice') {
      const discount = Math.floor((s.base * s.discountPercent) / 100);
      const rest = s.base - discount;
      const creditUsed = !s.isHoliday && s.useCredit ? Math.min(available, rest) : 0;
      const lines = [
        { kind: 'base', amountMinor: s.base },
        { kind: 'discount', amountMinor: -discount },
        { kind: s.isHoliday ? 'holiday' : 'credit', amountMinor: s.isHoliday ? -rest : -creditUsed },
      ];
      const totalMinor = s.isHoliday ? 0 : rest - creditUsed;
      const entry = post(
        postInvoice({ id, number: sequence, clientId, issuedOn: '2026-01-01', lines, totalMinor }),
      );
      credit.set(clientId, available - creditUsed);
      invoices.push({
        id,
        number: sequence,
        clientId,
        totalMinor,
        isVoid: false,
        entry,
        creditUsed,
        byPayment: new Map(),
      });
    } else if (s.op === 'pay') {
      const open = openFor(clientId);
      const newest = open.at(-1);
      const chosen = s.chooseNewest && newest ? [{ invoiceId: newest.id }] : undefined;
      const allocation = allocatePayment(s.amount, open, chosen);
      if (!allocation.ok) throw new Error(allocation.message);
      const exchangeFeeMinor =
        s.method === 'trade_currency' ? Math.floor((s.amount * s.feePercent) / 100) : 0;
      post(
        postPayment({
          id,
          clientId,
          receivedOn: '2026-01-02',
          method: s.method,
          amountMinor: s.amount,
          allocations: allocation.allocations,
          exchangeFeeMinor,
        }),
      );
      allocate(id, allocation.allocations);
      credit.set(clientId, available + allocation.overpaymentMinor);
    } else if (s.op === 'payFromCredit') {
      const open = openFor(clientId);
      const owed = open.reduce((sum, invoice) => sum + invoice.outstandingMinor, 0);
      const amount = Math.min(available, owed);
      if (amount === 0) continue;
      const allocation = allocatePayment(amount, open);
      if (!allocation.ok) throw new Error(allocation.message);
      post(
        postPayment({
          id,
          clientId,
          receivedOn: '2026-01-03',
          method: 'service_credit',
          amountMinor: amount,
          allocations: allocation.allocations,
          creditAvailableMinor: available,
        }),
      );
      allocate(id, allocation.allocations);
      credit.set(clientId, available - amount);
    } else if (s.op === 'grant') {
      post(
        postCredit({
          kind: 'grant',
          id,
          clientId,
          postedOn: '2026-01-04',
          amountMinor: s.amount,
          reason: 'goodwill',
        }),
      );
      credit.set(clientId, available + s.amount);
    } else if (s.op === 'refund') {
      const amount = Math.floor((available * s.percent) / 100);
      if (amount === 0) continue;
      post(
        postCredit({
          kind: 'refund',
          id,
          clientId,
          postedOn: '2026-01-05',
          amountMinor: amount,
          method: 'bank_transfer',
          creditAvailableMinor: available,
        }),
      );
      credit.set(clientId, available - amount);
    } else {
      const voidable = invoices.filter((candidate) => !candidate.isVoid);
      const invoice = voidable[s.pick % Math.max(voidable.length, 1)];
      if (!invoice) continue;
      const request = { invoiceEntry: invoice.entry, isVoid: false, postedOn: '2026-01-06', reason: 'test' };
      if (allocatedOf(invoice) > 0 && !s.unallocateFirst) {
        expect(postVoid({ ...request, allocatedMinor: allocatedOf(invoice) })).toMatchObject({
          ok: false,
          code: 'invoice_has_payments',
        });
        continue;
      }
      for (const [paymentId, amount] of invoice.byPayment) {
        const before = credit.get(invoice.clientId) ?? 0;
        post(
          postUnallocation({
            id: `${id}-${paymentId}`,
            clientId: invoice.clientId,
            invoiceId: invoice.id,
            paymentId,
            amountMinor: amount,
            allocatedMinor: amount,
            postedOn: '2026-01-06',
          }),
        );
        credit.set(invoice.clientId, before + amount);
      }
      invoice.byPayment.clear();
      post(postVoid({ ...request, allocatedMinor: 0 }));
      invoice.isVoid = true;
      credit.set(invoice.clientId, (credit.get(invoice.clientId) ?? 0) + invoice.creditUsed);
    }
  }
  const facts: InvoiceFacts[] = invoices.map((invoice) => ({
    id: invoice.id,
    clientId: invoice.clientId,
    totalMinor: invoice.totalMinor,
    allocatedMinor: allocatedOf(invoice),
    isVoid: invoice.isVoid,
  }));
  return { entries, facts, credit };
}

/** Balances with zero per-client figures dropped, so "no lines" and "lines that net to zero" compare equal. */
export function comparable(balances: LedgerBalances) {
  const byClient = [...balances.byClient]
    .map(
      ([clientId, accounts]) =>
        [
          clientId,
          Object.entries(accounts)
            .filter(([, n]) => n !== 0)
            .sort(),
        ] as const,
    )
    .filter(([, accounts]) => accounts.length > 0)
    .sort();
  return { byAccount: balances.byAccount, byClient };
}
