import type { AccountCode } from './accounts.ts';

/** Every way a client can pay (DESIGN.md, billing rules). */
export const PAYMENT_METHODS = [
  'cash',
  'card',
  'cheque',
  'bank_transfer',
  'barter',
  'trade_currency',
  'service_credit',
] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/**
 * The account a payment by each method debits: where the value now sits. Paying with
 * service credit spends what we owe the client, so it debits their credit balance.
 */
export const PAYMENT_METHOD_ACCOUNTS: Record<PaymentMethod, AccountCode> = {
  cash: 'cash',
  card: 'card_clearing',
  cheque: 'cheques',
  bank_transfer: 'bank',
  barter: 'barter_receivable',
  trade_currency: 'trade_currency',
  service_credit: 'customer_credits',
};

/** The methods money can go back to a client by; barter and trade units are not refunded. */
export const REFUND_METHODS = ['cash', 'card', 'cheque', 'bank_transfer'] as const;
export type RefundMethod = (typeof REFUND_METHODS)[number];
