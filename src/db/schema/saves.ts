import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
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
import { OFFER_KINDS } from '../../core/saves/offer.ts';
import type { SaveReason } from '../../core/saves/reasons.ts';
import { CASE_STATUSES } from '../../core/saves/save-figures.ts';
import { DEFERRED_ON_EARLY_CANCEL, type SavePolicy } from '../../core/saves/save-policy.ts';
import { adjustments, agreements } from './billing.ts';
import { clients } from './clients.ts';
import { createdAt, id, instant, workspaceId } from './columns.ts';
import { invoices } from './invoices.ts';
import { tasks } from './tasks.ts';
import { users } from './users.ts';
import { workspaces } from './workspaces.ts';

const minor = (name: string) => bigint(name, { mode: 'number' });

export const saveCaseStatusEnum = pgEnum('save_case_status', CASE_STATUSES);
export const saveOfferKindEnum = pgEnum('save_offer_kind', OFFER_KINDS);
export const saveOfferStatusEnum = pgEnum('save_offer_status', ['proposed', 'accepted', 'declined']);
export const deferredSettlementEnum = pgEnum('deferred_settlement', DEFERRED_ON_EARLY_CANCEL);

/**
 * The owner's save policy and reason taxonomy, one row per workspace. No row means the
 * defaults (`DEFAULT_SAVE_POLICY`, `DEFAULT_SAVE_REASONS`); the first change writes it.
 */
export const savePolicies = pgTable('save_policies', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id),
  policy: jsonb('policy').$type<SavePolicy>().notNull(),
  reasons: jsonb('reasons').$type<SaveReason[]>().notNull(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/**
 * "The call": a client who wants to leave, the listening (notes, causes) and what came of
 * it. The agreement is the one the offers adjust; a case without one can still be heard
 * and closed, but gets no offers.
 */
export const saveCases = pgTable(
  'save_cases',
  {
    workspaceId: workspaceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    agreementId: uuid('agreement_id'),
    takenByUserId: uuid('taken_by_user_id'),
    /** Shown when no user took it (the CLI, an import). */
    takenByLabel: text('taken_by_label').notNull(),
    calledAt: instant('called_at').notNull(),
    /** A code of the workspace's reason taxonomy at the time. */
    reason: text('reason').notNull(),
    notes: text('notes'),
    causes: text('causes').array().notNull().default(sql`'{}'::text[]`),
    status: saveCaseStatusEnum('status').notNull().default('open'),
    outcomeAt: instant('outcome_at'),
    outcomeByUserId: uuid('outcome_by_user_id'),
    outcomeNote: text('outcome_note'),
    /** On an early cancellation with a holiday not paid back: billed or waived, and how much. */
    deferredSettlement: deferredSettlementEnum('deferred_settlement'),
    deferredSettledMinor: minor('deferred_settled_minor'),
    /** The invoice that billed it, when billed. */
    settlementInvoiceId: uuid('settlement_invoice_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('save_cases_recent').on(t.workspaceId, t.calledAt, t.id),
    index('save_cases_client').on(t.workspaceId, t.clientId),
    index('save_cases_status').on(t.workspaceId, t.status),
    foreignKey({ columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }),
    foreignKey({
      columns: [t.workspaceId, t.agreementId],
      foreignColumns: [agreements.workspaceId, agreements.id],
    }),
    foreignKey({ columns: [t.workspaceId, t.takenByUserId], foreignColumns: [users.workspaceId, users.id] }),
    foreignKey({
      columns: [t.workspaceId, t.settlementInvoiceId],
      foreignColumns: [invoices.workspaceId, invoices.id],
    }),
    check(
      'save_cases_outcome',
      sql`(${t.status} = 'open') = (${t.outcomeAt} is null) and (${t.deferredSettledMinor} is null or ${t.deferredSettledMinor} > 0)`,
    ),
  ],
);

/**
 * An offer made on the call, previewed before anyone says yes. Accepting it writes the
 * billing adjustment (`adjustment_id`, whose source is this offer) in the same transaction.
 * The dates are the billing core's, fixed when proposed (adjustments count whole periods,
 * and periods never move), so Today's reminders and the client badge are plain queries.
 */
export const saveOffers = pgTable(
  'save_offers',
  {
    workspaceId: workspaceId(),
    id: id(),
    caseId: uuid('case_id').notNull(),
    agreementId: uuid('agreement_id').notNull(),
    kind: saveOfferKindEnum('kind').notNull(),
    fromPeriod: integer('from_period').notNull(),
    /** The kind's own terms: periods, basisPoints, planId/planName/priceMinor, resumesOn. */
    terms: jsonb('terms').$type<Record<string, unknown>>().notNull(),
    status: saveOfferStatusEnum('status').notNull().default('proposed'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** Last day of the window and the day billing returns to normal; null for a downgrade. */
    endsOn: date('ends_on', { mode: 'string' }),
    returnsOn: date('returns_on', { mode: 'string' }),
    /** The period after the window (exclusive end); null for a downgrade. */
    endPeriod: integer('end_period'),
    /** Next 12 periods with minus without the offer, when proposed. */
    revenueEffectMinor: minor('revenue_effect_minor').notNull(),
    /** Set when the owner went beyond the policy: why, and which limits. */
    overrideReason: text('override_reason'),
    overriddenPolicies: text('overridden_policies').array(),
    proposedByUserId: uuid('proposed_by_user_id'),
    adjustmentId: uuid('adjustment_id'),
    decidedByUserId: uuid('decided_by_user_id'),
    decidedAt: instant('decided_at'),
    /**
     * Declined only because the case closed with it still on the table (a preview the
     * client never answered): the save figures do not count it as put to the client.
     */
    declinedWithOutcome: boolean('declined_with_outcome').notNull().default(false),
    /** The plain confirmation given to the client on acceptance. */
    confirmation: text('confirmation'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('save_offers_case').on(t.workspaceId, t.caseId),
    // Today's "billing returns to normal on …" and the figures read accepted windows by end.
    index('save_offers_accepted_ends').on(t.workspaceId, t.endsOn).where(sql`status = 'accepted'`),
    uniqueIndex('save_offers_adjustment').on(t.workspaceId, t.adjustmentId),
    foreignKey({ columns: [t.workspaceId, t.caseId], foreignColumns: [saveCases.workspaceId, saveCases.id] }),
    foreignKey({
      columns: [t.workspaceId, t.agreementId],
      foreignColumns: [agreements.workspaceId, agreements.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.adjustmentId],
      foreignColumns: [adjustments.workspaceId, adjustments.id],
    }),
    check(
      'save_offers_decision',
      sql`(${t.status} = 'proposed') = (${t.decidedAt} is null) and (${t.status} = 'accepted') = (${t.adjustmentId} is not null)`,
    ),
  ],
);

/**
 * Every loss is a failure in the system (DESIGN.md, F): opened when a case ends in a
 * cancellation. The full workflow comes later; the record and its corrective tasks exist now.
 */
export const postMortems = pgTable(
  'post_mortems',
  {
    workspaceId: workspaceId(),
    id: id(),
    caseId: uuid('case_id').notNull(),
    clientId: uuid('client_id').notNull(),
    agreementId: uuid('agreement_id'),
    reason: text('reason').notNull(),
    /** What in our system failed; may be filled in later. */
    whatFailed: text('what_failed'),
    createdByUserId: uuid('created_by_user_id'),
    completedAt: instant('completed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('post_mortems_case').on(t.workspaceId, t.caseId),
    index('post_mortems_client').on(t.workspaceId, t.clientId),
    foreignKey({ columns: [t.workspaceId, t.caseId], foreignColumns: [saveCases.workspaceId, saveCases.id] }),
    foreignKey({ columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }),
  ],
);

/** A post-mortem's corrective actions: ordinary tasks, so they show on Today and in task lists. */
export const postMortemTasks = pgTable(
  'post_mortem_tasks',
  {
    workspaceId: workspaceId(),
    postMortemId: uuid('post_mortem_id').notNull(),
    taskId: uuid('task_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.postMortemId, t.taskId] }),
    foreignKey({
      columns: [t.workspaceId, t.postMortemId],
      foreignColumns: [postMortems.workspaceId, postMortems.id],
    }),
    foreignKey({ columns: [t.workspaceId, t.taskId], foreignColumns: [tasks.workspaceId, tasks.id] }),
  ],
);
