import { credit, debit, makeEntry } from './journal-entry.ts';
import { isMinorAmount } from './minor-units.ts';
import { PAYMENT_METHOD_ACCOUNTS, type RefundMethod } from './payment-methods.ts';
import { type PostingResult, posted, refuse } from './posting-result.ts';

/** Why a credit is granted: a thank-you after a disruption, a referral's free month, a correction. */
export type CreditReason = 'goodwill' | 'referral' | 'adjustment';

/** A credit event: a credit granted to a client, or their credit balance paid back to them. */
export type LedgerCredit =
  | {
      kind: 'grant';
      id: string;
      clientId: string;
      /** 'YYYY-MM-DD'. */
      postedOn: string;
      amountMinor: number;
      reason: CreditReason;
    }
  | {
      kind: 'refund';
      id: string;
      clientId: string;
      /** 'YYYY-MM-DD'. */
      postedOn: string;
      amountMinor: number;
      method: RefundMethod;
      /** The client's credit balance before the refund: we refund only what we hold. */
      creditAvailableMinor: number;
    };

/**
 * The entry for a credit event. A grant costs the business now (Dr service_credit, a
 * reduction of revenue) and is owed to the client until spent (Cr customer_credits);
 * spending it later, as an invoice's credit line or a service-credit payment, moves no
 * more revenue. A refund pays the balance out: Dr customer_credits / Cr cash or bank.
 */
export function postCredit(event: LedgerCredit): PostingResult {
  if (!isMinorAmount(event.amountMinor) || event.amountMinor <= 0) {
    return refuse('invalid_amount', 'a credit must be a positive whole number of minor units');
  }
  const client = { clientId: event.clientId };
  if (event.kind === 'grant') {
    return posted(
      makeEntry({ kind: 'credit', id: event.id }, event.postedOn, `Service credit (${event.reason})`, [
        debit('service_credit', event.amountMinor, client),
        credit('customer_credits', event.amountMinor, client),
      ]),
    );
  }
  if (!isMinorAmount(event.creditAvailableMinor) || event.creditAvailableMinor < event.amountMinor) {
    return refuse('insufficient_credit', `the client's credit balance does not cover ${event.amountMinor}`);
  }
  return posted(
    makeEntry({ kind: 'refund', id: event.id }, event.postedOn, `Refund of credit by ${event.method}`, [
      debit('customer_credits', event.amountMinor, client),
      credit(PAYMENT_METHOD_ACCOUNTS[event.method], event.amountMinor, client),
    ]),
  );
}
