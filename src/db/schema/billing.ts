import { sql } from 'drizzle-orm';
import {
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
  uuid,
} from 'drizzle-orm/pg-core';
import { clients } from './clients.ts';
import { createdAt, id, instant, minor, workspaceId } from './columns.ts';
import { workspaces } from './workspaces.ts';

// What a client is billed: the price list, agreements, and changes to them as data.

export const billingIntervalEnum = pgEnum('billing_interval', ['month', 'quarter', 'year']);
export const agreementStatusEnum = pgEnum('agreement_status', ['active', 'ended', 'cancelled']);

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
