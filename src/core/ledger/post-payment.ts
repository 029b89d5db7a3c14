import type { Allocation } from './allocate-payment.ts';
import { credit, debit, makeEntry } from './journal-entry.ts';
import { isMinorAmount, sumMinor } from './minor-units.ts';
import { PAYMENT_METHOD_ACCOUNTS, type PaymentMethod } from './payment-methods.ts';
import { type PostingResult, posted, refuse } from './posting-result.ts';

/** A payment received from a client, already allocated (see `allocatePayment`). */
export interface LedgerPayment {
  id: string;
  clientId: string;
  /** 'YYYY-MM-DD', the day the money (or the goods, or the trade units) came in. */
  receivedOn: string;
  method: PaymentMethod;
  /** For barter, the fair market value of what the client provides. */
  amountMinor: number;
  allocations: readonly Allocation[];
  /** trade_currency only: the exchange's fee, taken out of the trade units received. */
  exchangeFeeMinor?: number;
  /** service_credit only: the client's credit balance before this payment. */
  creditAvailableMinor?: number;
}

/**
 * The entry for a payment: debit where the value now sits (see PAYMENT_METHOD_ACCOUNTS),
 * credit the client's receivable once per invoice it settles, and credit whatever is
 * left over to the client's credit balance. An overpayment is money we hold for the
 * client, a liability, not revenue: it is spent on a later invoice or refunded.
 */
export function postPayment(payment: LedgerPayment): PostingResult {
  const { amountMinor, method } = payment;
  if (!isMinorAmount(amountMinor) || amountMinor <= 0) {
    return refuse('invalid_amount', 'a payment must be a positive whole number of minor units');
  }
  const invoiceIds = new Set<string>();
  for (const allocation of payment.allocations) {
    if (!isMinorAmount(allocation.amountMinor) || allocation.amountMinor <= 0) {
      return refuse('invalid_amount', `the amount for invoice ${allocation.invoiceId} must be positive`);
    }
    if (invoiceIds.has(allocation.invoiceId)) {
      return refuse('invalid_allocation', `invoice ${allocation.invoiceId} is allocated twice`);
    }
    invoiceIds.add(allocation.invoiceId);
  }
  const allocated = sumMinor(payment.allocations.map((allocation) => allocation.amountMinor));
  if (allocated === null || allocated > amountMinor) {
    return refuse('over_allocated', `allocations add up to more than the payment of ${amountMinor}`);
  }
  const overpayment = amountMinor - allocated;

  const fee = payment.exchangeFeeMinor ?? 0;
  if (!isMinorAmount(fee) || fee < 0 || fee > amountMinor) {
    return refuse('invalid_amount', 'the exchange fee must be between zero and the payment');
  }
  if (fee > 0 && method !== 'trade_currency') {
    return refuse('invalid_amount', 'only a trade-currency payment carries an exchange fee');
  }
  if (method === 'service_credit') {
    const available = payment.creditAvailableMinor;
    if (!isMinorAmount(available) || available < amountMinor) {
      return refuse('insufficient_credit', `the client's credit balance does not cover ${amountMinor}`);
    }
    // Credit paid back into credit would be a circle: only what the invoices need is spent.
    if (overpayment > 0) {
      return refuse('over_allocated', 'a payment from the credit balance must go entirely to invoices');
    }
  }

  const client = { clientId: payment.clientId };
  return posted(
    makeEntry(
      { kind: 'payment', id: payment.id },
      payment.receivedOn,
      `Payment by ${method.replace('_', ' ')}`,
      [
        debit(PAYMENT_METHOD_ACCOUNTS[method], amountMinor - fee, client),
        debit('trade_exchange_fees', fee, client),
        ...payment.allocations.map((allocation) =>
          credit('accounts_receivable', allocation.amountMinor, {
            ...client,
            invoiceId: allocation.invoiceId,
          }),
        ),
        credit('customer_credits', overpayment, client),
      ],
    ),
  );
}
