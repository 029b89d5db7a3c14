import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agreements } from './billing.ts';
import { clients } from './clients.ts';
import { createdAt, id, instant, minor, workspaceId } from './columns.ts';
import { users } from './users.ts';
import { workspaces } from './workspaces.ts';

// What was billed and paid: runs, invoices with their lines, payments and how they were applied.

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
