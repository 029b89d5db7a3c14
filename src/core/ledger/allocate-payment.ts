import { isMinorAmount, sumMinor } from './minor-units.ts';
import { type LedgerRefusal, refuse } from './posting-result.ts';

/** An invoice that can take a payment, with what is still owed on it. */
export interface OpenInvoice {
  id: string;
  /** Sequential per workspace: the tie-break between invoices due the same day. */
  number: number;
  /** 'YYYY-MM-DD'. */
  issuedOn: string;
  /** 'YYYY-MM-DD'; oldest due is paid first. */
  dueOn: string;
  outstandingMinor: number;
}

/** A payer's instruction: this invoice, optionally only this much of it (a barter share). */
export interface ChosenInvoice {
  invoiceId: string;
  /** Omit to settle what is outstanding, as far as the payment goes. */
  amountMinor?: number;
}

export interface Allocation {
  invoiceId: string;
  amountMinor: number;
}

export type AllocationResult =
  | { ok: true; allocations: Allocation[]; overpaymentMinor: number }
  | LedgerRefusal;

/**
 * Splits a payment over a client's open invoices. Without a choice it settles the oldest
 * first (by due date, then issue date, then number), which is what a client who just
 * "pays their bill" means and what keeps reminders off the oldest debt. With a choice it
 * goes only to the invoices chosen, in the order given: whatever is left is an
 * overpayment (a credit balance), never spilled onto invoices the payer did not name.
 */
export function allocatePayment(
  amountMinor: number,
  invoices: readonly OpenInvoice[],
  chosen?: readonly ChosenInvoice[],
): AllocationResult {
  if (!isMinorAmount(amountMinor) || amountMinor <= 0) {
    return refuse('invalid_amount', 'a payment must be a positive whole number of minor units');
  }
  const bad = invoices.find(
    (invoice) => !isMinorAmount(invoice.outstandingMinor) || invoice.outstandingMinor < 0,
  );
  if (bad) return refuse('invalid_amount', `invoice ${bad.number} has an impossible outstanding amount`);
  if (sumMinor(invoices.map((invoice) => invoice.outstandingMinor)) === null) {
    return refuse('invalid_amount', 'the open invoices add up past what can be counted exactly');
  }

  const plan = chosen ? planChosen(invoices, chosen) : planOldestFirst(invoices);
  if (!Array.isArray(plan)) return plan;

  const allocations: Allocation[] = [];
  let left = amountMinor;
  for (const { invoiceId, capMinor } of plan) {
    if (left === 0) break;
    const take = Math.min(left, capMinor);
    if (take > 0) allocations.push({ invoiceId, amountMinor: take });
    left -= take;
  }
  return { ok: true, allocations, overpaymentMinor: left };
}

// 'YYYY-MM-DD' sorts as text; a plain comparison keeps the locale out of it.
function compareDates(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

interface Step {
  invoiceId: string;
  capMinor: number;
}

function planOldestFirst(invoices: readonly OpenInvoice[]): Step[] {
  return [...invoices]
    .sort(
      (a, b) => compareDates(a.dueOn, b.dueOn) || compareDates(a.issuedOn, b.issuedOn) || a.number - b.number,
    )
    .map((invoice) => ({ invoiceId: invoice.id, capMinor: invoice.outstandingMinor }));
}

function planChosen(
  invoices: readonly OpenInvoice[],
  chosen: readonly ChosenInvoice[],
): Step[] | LedgerRefusal {
  const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
  const seen = new Set<string>();
  const steps: Step[] = [];
  for (const choice of chosen) {
    const invoice = byId.get(choice.invoiceId);
    if (!invoice || invoice.outstandingMinor === 0) {
      return refuse('invalid_allocation', `invoice ${choice.invoiceId} is not open for this client`);
    }
    if (seen.has(choice.invoiceId)) {
      return refuse('invalid_allocation', `invoice ${invoice.number} is chosen twice`);
    }
    seen.add(choice.invoiceId);
    const cap = choice.amountMinor ?? invoice.outstandingMinor;
    if (!isMinorAmount(cap) || cap <= 0) {
      return refuse('invalid_amount', `the share of invoice ${invoice.number} must be a positive amount`);
    }
    if (cap > invoice.outstandingMinor) {
      return refuse(
        'over_allocated',
        `invoice ${invoice.number} has ${invoice.outstandingMinor} outstanding, not ${cap}`,
      );
    }
    steps.push({ invoiceId: invoice.id, capMinor: cap });
  }
  return steps;
}
