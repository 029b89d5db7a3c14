import { z } from 'zod';
import { INVOICE_STATES } from '../../core/ledger/invoice-state.ts';
import { PAYMENT_METHODS } from '../../core/ledger/payment-methods.ts';
import { calendarDate, pageQuery, shortText } from '../shared/fields.ts';

const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

export const listInvoicesQuery = z
  .object({
    status: z.enum(INVOICE_STATES).optional(),
    clientId: z.uuid().optional(),
    agreementId: z.uuid().optional(),
    /** true: only invoices past their due date with something still owed. */
    overdue: booleanQuery.optional(),
    /** Issued on or after this date. */
    issuedFrom: calendarDate.optional(),
    /** Issued on or before this date. */
    issuedTo: calendarDate.optional(),
    ...pageQuery,
  })
  .strict();

export const invoiceView = z.object({
  id: z.uuid(),
  number: z.number().int(),
  clientId: z.uuid(),
  clientName: z.string(),
  agreementId: z.uuid(),
  periodIndex: z.number().int(),
  periodStart: z.string(),
  periodEnd: z.string(),
  issuedOn: z.string(),
  dueOn: z.string(),
  currency: z.string(),
  totalMinor: z.number().int(),
  paidMinor: z.number().int(),
  /** What is still owed; zero once paid or void. */
  outstandingMinor: z.number().int(),
  status: z.enum(INVOICE_STATES),
  isOverdue: z.boolean(),
  /** Days past the due date, in the workspace's time zone; zero unless overdue. */
  daysOverdue: z.number().int(),
  replacesInvoiceId: z.uuid().nullable(),
  voidedAt: z.string().nullable(),
  voidReason: z.string().nullable(),
  createdAt: z.string(),
});

export const invoicePage = z.object({ items: z.array(invoiceView), nextCursor: z.string().nullable() });

export const invoiceDetailView = invoiceView.extend({
  lines: z.array(
    z.object({
      lineNo: z.number().int(),
      kind: z.string(),
      description: z.string(),
      amountMinor: z.number().int(),
      sourceId: z.string().nullable(),
    }),
  ),
  /** The payments that settle it, with the part of each allocated here. */
  payments: z.array(
    z.object({
      paymentId: z.uuid(),
      method: z.enum(PAYMENT_METHODS),
      receivedOn: z.string(),
      reference: z.string().nullable(),
      paymentAmountMinor: z.number().int(),
      allocatedMinor: z.number().int(),
    }),
  ),
  /** Every journal entry that touched it, oldest first, with its effect on what is owed. */
  journal: z.array(
    z.object({
      sourceKind: z.string(),
      sourceId: z.string(),
      postedOn: z.string(),
      memo: z.string(),
      /** Change to this invoice's receivable: positive raises what is owed. */
      receivableMinor: z.number().int(),
      lines: z.array(
        z.object({ account: z.string(), debitMinor: z.number().int(), creditMinor: z.number().int() }),
      ),
    }),
  ),
  /** The live invoice that replaced this one, once void and reissued. */
  replacedBy: z.object({ id: z.uuid(), number: z.number().int() }).nullable(),
});

export const voidInvoiceBody = z
  .object({
    /** Why: kept on the invoice, in the journal memo and in the audit log. */
    reason: shortText(500),
    /**
     * An invoice with payments on it cannot be voided as it stands. true moves those
     * payments to the client's credit balance first (to spend on the replacement or refund).
     */
    unallocate: z.boolean().default(false),
    /** true issues the replacement for the same period now; otherwise the next billing run does. */
    reissue: z.boolean().default(false),
  })
  .strict();

export const voidInvoiceResult = z.object({
  invoice: invoiceDetailView,
  /** Payments moved off the invoice to the client's credit balance. */
  unallocated: z.array(z.object({ paymentId: z.uuid(), amountMinor: z.number().int() })),
  replacement: invoiceView.nullable(),
  /** What happens to the period now, in words. */
  replacementNote: z.string(),
});

export const agingQuery = z
  .object({
    /** Age what was owed at the end of this day; default the workspace's today. */
    asOf: calendarDate.optional(),
  })
  .strict();

const agingTotals = {
  current: z.number().int(),
  days1To30: z.number().int(),
  days31To60: z.number().int(),
  days61To90: z.number().int(),
  days90Plus: z.number().int(),
  total: z.number().int(),
};

export const agingView = z.object({
  asOf: z.string(),
  currency: z.string(),
  totals: z.object(agingTotals),
  clients: z.array(
    z.object({
      clientId: z.uuid(),
      clientName: z.string(),
      oldestDaysPastDue: z.number().int(),
      ...agingTotals,
    }),
  ),
});

export type ListInvoicesQuery = z.infer<typeof listInvoicesQuery>;
export type InvoiceView = z.infer<typeof invoiceView>;
export type InvoiceDetailView = z.infer<typeof invoiceDetailView>;
export type VoidInvoiceInput = z.infer<typeof voidInvoiceBody>;
export type VoidInvoiceResult = z.infer<typeof voidInvoiceResult>;
export type AgingView = z.infer<typeof agingView>;
