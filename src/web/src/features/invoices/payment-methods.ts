import { PAYMENT_METHODS } from '../../../../core/ledger/payment-methods.ts';
import type { PaymentMethod } from '../../api/billing-types.ts';

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  cash: 'Cash',
  card: 'Card',
  cheque: 'Cheque',
  bank_transfer: 'Bank transfer',
  barter: 'Barter (goods or services)',
  trade_currency: 'Trade-exchange units',
  service_credit: 'Service credit',
};

/** Every method the server accepts, in its order: the list comes from the shared core. */
export const PAYMENT_METHOD_OPTIONS: [PaymentMethod, string][] = PAYMENT_METHODS.map((method) => [
  method,
  PAYMENT_METHOD_LABELS[method],
]);

/** What to say under the method, where it changes what the payment may do. */
export const PAYMENT_METHOD_HINTS: Partial<Record<PaymentMethod, string>> = {
  barter: 'At fair market value; say what the client provides. It is reported as barter income.',
  trade_currency: 'Trade units received through the exchange; the fee comes out of them.',
  service_credit: 'Spends the client’s credit balance; it cannot pay more than the invoices owe.',
};
