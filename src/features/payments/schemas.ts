import { z } from 'zod';
import { PAYMENT_METHODS } from '../../core/ledger/payment-methods.ts';
import { calendarDate, optionalText, pageQuery } from '../shared/fields.ts';
import { amountMinorField, positiveAmountMinorField } from '../shared/money-fields.ts';

export const paymentMethodField = z.enum(PAYMENT_METHODS);

export const recordPaymentBody = z
  .object({
    clientId: z.uuid(),
    /** For barter, the fair market value of what the client provides. */
    amountMinor: positiveAmountMinorField,
    method: paymentMethodField,
    /** The day the money, goods or trade units came in; not after today. */
    receivedOn: calendarDate,
    /** A cheque number, a transfer reference, a card receipt. */
    reference: optionalText(200),
    /** What was received, for barter and trade ("printing, 500 flyers"); required for barter. */
    note: optionalText(2000),
    /**
     * Which invoices it pays, in order, each optionally only in part (a barter share).
     * Omit to settle the client's open invoices oldest first. Anything left over becomes
     * the client's credit balance (cash, card, cheque and bank transfer only).
     */
    allocations: z
      .array(z.object({ invoiceId: z.uuid(), amountMinor: positiveAmountMinorField.optional() }).strict())
      .min(1)
      .max(100)
      .optional(),
    /** trade_currency only: the exchange's fee, taken out of the trade units received. */
    exchangeFeeMinor: amountMinorField.optional(),
  })
  .strict()
  .superRefine((body, context) => {
    if (body.exchangeFeeMinor !== undefined && body.method !== 'trade_currency') {
      context.addIssue({
        code: 'custom',
        path: ['exchangeFeeMinor'],
        message: 'Only a trade-currency payment carries an exchange fee',
      });
    }
    if (body.exchangeFeeMinor !== undefined && body.exchangeFeeMinor > body.amountMinor) {
      context.addIssue({
        code: 'custom',
        path: ['exchangeFeeMinor'],
        message: 'The exchange fee cannot be more than the payment',
      });
    }
    if (body.method === 'barter' && !body.note) {
      context.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'Say what the client provides in barter (it is reported as barter income)',
      });
    }
  });

export const listPaymentsQuery = z
  .object({
    clientId: z.uuid().optional(),
    method: paymentMethodField.optional(),
    /** Received on or after this date. */
    receivedFrom: calendarDate.optional(),
    /** Received on or before this date. */
    receivedTo: calendarDate.optional(),
    ...pageQuery,
  })
  .strict();

export const paymentView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  clientName: z.string(),
  receivedOn: z.string(),
  method: paymentMethodField,
  amountMinor: z.number().int(),
  /** Trade currency: the exchange's fee out of the amount; zero otherwise. */
  exchangeFeeMinor: z.number().int(),
  reference: z.string().nullable(),
  note: z.string().nullable(),
  allocations: z.array(
    z.object({ invoiceId: z.uuid(), invoiceNumber: z.number().int(), amountMinor: z.number().int() }),
  ),
  /** The part not on any invoice: held as the client's credit balance. */
  creditMinor: z.number().int(),
  createdAt: z.string(),
});

export const paymentPage = z.object({ items: z.array(paymentView), nextCursor: z.string().nullable() });

export const clientBalanceView = z.object({
  clientId: z.uuid(),
  currency: z.string(),
  /** What the client owes on its invoices. */
  receivableMinor: z.number().int(),
  /** The part of it past due. */
  overdueMinor: z.number().int(),
  /** What we hold for the client: overpayments, unallocated payments and credits granted. */
  creditBalanceMinor: z.number().int(),
  /** Credits granted on active agreements, kept for the next invoices to take off. */
  creditReservedMinor: z.number().int(),
  /** What a service-credit payment may spend now. */
  creditAvailableMinor: z.number().int(),
  /** Payment-holiday value still to be recovered by the extension periods. */
  deferredHolidayMinor: z.number().int(),
  /** Goods or services the client still owes us for barter payments. */
  barterOwedMinor: z.number().int(),
});

export type RecordPaymentInput = z.infer<typeof recordPaymentBody>;
export type ListPaymentsQuery = z.infer<typeof listPaymentsQuery>;
export type PaymentView = z.infer<typeof paymentView>;
export type ClientBalanceView = z.infer<typeof clientBalanceView>;
