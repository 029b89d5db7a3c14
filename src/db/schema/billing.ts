import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { clients } from './clients.ts';
import { createdAt, id, instant, workspaceId } from './columns.ts';
import { users } from './users.ts';
import { workspaces } from './workspaces.ts';

/** Money columns: integer minor units, read as JS numbers (every amount is a safe integer). */
const minor = (name: string) => bigint(name, { mode: 'number' });

export const billingIntervalEnum = pgEnum('billing_interval', ['month', 'quarter', 'year']);
export const agreementStatusEnum = pgEnum('agreement_status', ['active', 'ended', 'cancelled']);
export const invoiceStatusEnum = pgEnum('invoice_status', ['open', 'partially_paid', 'paid', 'void']);
export const paymentMethodEnum = pgEnum('payment_method', [
  'cash',
  'card',
  'cheque',
  'bank_transfer',
  'barter',
  'trade_currency',
  'service_credit',
]);
export const billingRunStatusEnum = pgEnum('billing_run_status', ['running', 'finished', 'failed']);

export const plans = pgTable(
  'plans',
  {
    workspaceId: workspaceId().references(() => workspaces.id),
    id: id(),
    name: text('name').notNull(),
    priceMinor: minor('price_minor').notNull(),
    interval: billingIntervalEnum('interval').notNull(),
    archivedAt: instant('archived_at'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), check('plans_price', sql`${t.priceMinor} >= 0`)],
);

/**
 * A client's commitment to be billed a price every period. The price is copied from the
 * plan when the agreement is made, so changing a plan never rewrites anyone's invoices.
 */
export const agreements = pgTable(
  'agreements',
  {
    workspaceId: workspaceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    planId: uuid('plan_id'),
    description: text('description').notNull(),
    priceMinor: minor('price_minor').notNull(),
    interval: billingIntervalEnum('interval').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** The last day of the term as signed (the last day of a period); null when open-ended. */
    termEnd: date('term_end', { mode: 'string' }),
    /**
     * For listing and filtering only: billing itself reads the cancellation adjustment, so a
     * cancelled agreement still bills the periods before its cancellation takes effect.
     */
    status: agreementStatusEnum('status').notNull().default('active'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('agreements_client').on(t.workspaceId, t.clientId),
    foreignKey({ columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }),
    foreignKey({ columns: [t.workspaceId, t.planId], foreignColumns: [plans.workspaceId, plans.id] }),
    check('agreements_price', sql`${t.priceMinor} >= 0`),
    check('agreements_term', sql`${t.termEnd} is null or ${t.termEnd} >= ${t.startsOn}`),
  ],
);

/**
 * Changes to what an agreement bills, as data: a payment holiday, a reduction, a credit,
 * a pause… The invoice for a period is a pure function of the agreement and these rows;
 * `terms` holds the kind's own fields, validated by the core before it is written.
 */
export const adjustments = pgTable(
  'adjustments',
  {
    workspaceId: workspaceId(),
    id: id(),
    agreementId: uuid('agreement_id').notNull(),
    kind: text('kind').notNull(),
    /** The first period it applies to (period 0 starts on the agreement's start date). */
    fromPeriod: integer('from_period').notNull(),
    terms: jsonb('terms').$type<Record<string, unknown>>().notNull(),
    /** Why it exists (a save case, a thank-you, a referral…), for the audit and the figures. */
    reason: text('reason'),
    sourceKind: text('source_kind'),
    sourceId: uuid('source_id'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('adjustments_agreement').on(t.workspaceId, t.agreementId),
    foreignKey({
      columns: [t.workspaceId, t.agreementId],
      foreignColumns: [agreements.workspaceId, agreements.id],
    }),
  ],
);

/**
 * Money owed to a client on an agreement (a thank-you after a disruption, a goodwill
 * gesture), taken off invoices from `fromPeriod` on until spent. What is left is derived
 * from the credit lines of live invoices, never stored.
 */
export const credits = pgTable(
  'credits',
  {
    workspaceId: workspaceId(),
    id: id(),
    agreementId: uuid('agreement_id').notNull(),
    amountMinor: minor('amount_minor').notNull(),
    fromPeriod: integer('from_period').notNull(),
    description: text('description').notNull(),
    sourceKind: text('source_kind'),
    sourceId: uuid('source_id'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('credits_agreement').on(t.workspaceId, t.agreementId),
    foreignKey({
      columns: [t.workspaceId, t.agreementId],
      foreignColumns: [agreements.workspaceId, agreements.id],
    }),
    check('credits_amount', sql`${t.amountMinor} > 0 and ${t.fromPeriod} >= 0`),
  ],
);

/** Per-workspace invoice counter: taking the next number locks this row, so numbers never skip. */
export const invoiceCounters = pgTable('invoice_counters', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id),
  lastNumber: integer('last_number').notNull().default(0),
});

export const billingRuns = pgTable(
  'billing_runs',
  {
    workspaceId: workspaceId(),
    id: id(),
    throughDate: date('through_date', { mode: 'string' }).notNull(),
    status: billingRunStatusEnum('status').notNull().default('running'),
    startedAt: instant('started_at').notNull().defaultNow(),
    finishedAt: instant('finished_at'),
    /** Touched after every batch: a run still "running" with an old heartbeat was killed. */
    heartbeatAt: instant('heartbeat_at').notNull().defaultNow(),
    agreementsSeen: integer('agreements_seen').notNull().default(0),
    invoicesCreated: integer('invoices_created').notNull().default(0),
    totalMinor: minor('total_minor').notNull().default(0),
    error: text('error'),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('billing_runs_started').on(t.workspaceId, t.startedAt),
  ],
);

export const invoices = pgTable(
  'invoices',
  {
    workspaceId: workspaceId(),
    id: id(),
    number: integer('number').notNull(),
    clientId: uuid('client_id').notNull(),
    agreementId: uuid('agreement_id').notNull(),
    periodIndex: integer('period_index').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    currency: text('currency').notNull(),
    totalMinor: minor('total_minor').notNull(),
    paidMinor: minor('paid_minor').notNull().default(0),
    status: invoiceStatusEnum('status').notNull(),
    billingRunId: uuid('billing_run_id'),
    /** A corrected invoice points at the void one it replaces. */
    replacesInvoiceId: uuid('replaces_invoice_id'),
    voidedAt: instant('voided_at'),
    voidReason: text('void_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('invoices_number_unique').on(t.workspaceId, t.number),
    // At most one live invoice per agreement and period: the database, not the code, says so.
    uniqueIndex('invoices_one_per_period')
      .on(t.workspaceId, t.agreementId, t.periodIndex)
      .where(sql`status <> 'void'`),
    index('invoices_client').on(t.workspaceId, t.clientId, t.issuedOn),
    index('invoices_open').on(t.workspaceId, t.dueOn).where(sql`status in ('open', 'partially_paid')`),
    foreignKey({ columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }),
    foreignKey({
      columns: [t.workspaceId, t.agreementId],
      foreignColumns: [agreements.workspaceId, agreements.id],
    }),
    check(
      'invoices_amounts',
      sql`${t.totalMinor} >= 0 and ${t.paidMinor} >= 0 and ${t.paidMinor} <= ${t.totalMinor}`,
    ),
  ],
);

export const invoiceLines = pgTable(
  'invoice_lines',
  {
    workspaceId: workspaceId(),
    invoiceId: uuid('invoice_id').notNull(),
    lineNo: integer('line_no').notNull(),
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    amountMinor: minor('amount_minor').notNull(),
    /** The adjustment or credit behind the line; null for the base price. */
    sourceId: uuid('source_id'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.invoiceId, t.lineNo] }),
    // What is left of a credit is its amount less its lines on live invoices.
    index('invoice_lines_source').on(t.workspaceId, t.sourceId).where(sql`source_id is not null`),
    foreignKey({
      columns: [t.workspaceId, t.invoiceId],
      foreignColumns: [invoices.workspaceId, invoices.id],
    }).onDelete('cascade'),
  ],
);

export const payments = pgTable(
  'payments',
  {
    workspaceId: workspaceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    method: paymentMethodEnum('method').notNull(),
    amountMinor: minor('amount_minor').notNull(),
    reference: text('reference'),
    /** What was received, for barter and trade (e.g. "printing, 500 flyers"). */
    note: text('note'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('payments_client').on(t.workspaceId, t.clientId, t.receivedOn),
    foreignKey({ columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }),
    foreignKey({
      columns: [t.workspaceId, t.createdByUserId],
      foreignColumns: [users.workspaceId, users.id],
    }),
    check('payments_amount', sql`${t.amountMinor} > 0`),
  ],
);

export const paymentAllocations = pgTable(
  'payment_allocations',
  {
    workspaceId: workspaceId(),
    paymentId: uuid('payment_id').notNull(),
    invoiceId: uuid('invoice_id').notNull(),
    amountMinor: minor('amount_minor').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.paymentId, t.invoiceId] }),
    index('payment_allocations_invoice').on(t.workspaceId, t.invoiceId),
    foreignKey({
      columns: [t.workspaceId, t.paymentId],
      foreignColumns: [payments.workspaceId, payments.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.invoiceId],
      foreignColumns: [invoices.workspaceId, invoices.id],
    }),
    check('payment_allocations_amount', sql`${t.amountMinor} > 0`),
  ],
);

/** The double-entry journal. Balances are never stored: they are sums over these lines. */
export const journalEntries = pgTable(
  'journal_entries',
  {
    workspaceId: workspaceId(),
    id: id(),
    postedOn: date('posted_on', { mode: 'string' }).notNull(),
    memo: text('memo').notNull(),
    sourceKind: text('source_kind').notNull(),
    sourceId: uuid('source_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('journal_entries_source').on(t.workspaceId, t.sourceKind, t.sourceId),
  ],
);

export const journalLines = pgTable(
  'journal_lines',
  {
    workspaceId: workspaceId(),
    entryId: uuid('entry_id').notNull(),
    lineNo: integer('line_no').notNull(),
    account: text('account').notNull(),
    clientId: uuid('client_id'),
    /** On receivable lines: the invoice the amount is owed on, so each invoice reconciles. */
    invoiceId: uuid('invoice_id'),
    debitMinor: minor('debit_minor').notNull().default(0),
    creditMinor: minor('credit_minor').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.entryId, t.lineNo] }),
    index('journal_lines_account').on(t.workspaceId, t.account, t.clientId),
    index('journal_lines_invoice').on(t.workspaceId, t.invoiceId).where(sql`invoice_id is not null`),
    foreignKey({
      columns: [t.workspaceId, t.entryId],
      foreignColumns: [journalEntries.workspaceId, journalEntries.id],
    }),
    check(
      'journal_lines_one_side',
      sql`${t.debitMinor} >= 0 and ${t.creditMinor} >= 0 and (${t.debitMinor} = 0 or ${t.creditMinor} = 0)`,
    ),
  ],
);
