import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
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
import {
  INPUT_SOURCES,
  MEETING_KINDS,
  MEETING_STATUSES,
  PLAN_STEP_STATES,
  REPORT_STATUSES,
  THANK_YOU_KINDS,
  THANK_YOU_STATUSES,
} from '../../core/disruptions/vocabulary.ts';
import { adjustments, agreements, credits } from './billing.ts';
import { createdAt, id, instant, minor, workspaceId } from './columns.ts';
import { disruptionClients, disruptions } from './disruptions.ts';
import { callbacks, interactions } from './interactions.ts';
import { users } from './users.ts';

/** Every step row belongs to one affected client of its disruption. */
const affectedClientKey = (t: {
  workspaceId: AnyPgColumn;
  disruptionId: AnyPgColumn;
  clientId: AnyPgColumn;
}) =>
  foreignKey({
    columns: [t.workspaceId, t.disruptionId, t.clientId],
    foreignColumns: [
      disruptionClients.workspaceId,
      disruptionClients.disruptionId,
      disruptionClients.clientId,
    ],
  });

export const reportStatusEnum = pgEnum('disruption_report_status', REPORT_STATUSES);
export const planStepStateEnum = pgEnum('plan_step_state', PLAN_STEP_STATES);
export const meetingKindEnum = pgEnum('meeting_kind', MEETING_KINDS);
export const meetingStatusEnum = pgEnum('meeting_status', MEETING_STATUSES);
export const inputSourceEnum = pgEnum('client_input_source', INPUT_SOURCES);
export const thankYouKindEnum = pgEnum('thank_you_kind', THANK_YOU_KINDS);
export const thankYouStatusEnum = pgEnum('thank_you_status', THANK_YOU_STATUSES);

/**
 * Step 3: a stand-in's report on one client — what was done, the outcome, the next step,
 * any issues. Vague reports are refused before they get here; the owner accepts or sends
 * each stored one back with a comment.
 */
export const disruptionReports = pgTable(
  'disruption_reports',
  {
    workspaceId: workspaceId(),
    id: id(),
    disruptionId: uuid('disruption_id').notNull(),
    clientId: uuid('client_id').notNull(),
    authorUserId: uuid('author_user_id').notNull(),
    whatWasDone: text('what_was_done').notNull(),
    outcome: text('outcome').notNull(),
    nextStep: text('next_step').notNull(),
    issues: text('issues'),
    status: reportStatusEnum('status').notNull().default('submitted'),
    reviewComment: text('review_comment'),
    reviewedByUserId: uuid('reviewed_by_user_id'),
    reviewedAt: instant('reviewed_at'),
    /** A report sent back and filed again points at the one it replaces. */
    replacesReportId: uuid('replaces_report_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('disruption_reports_disruption').on(t.workspaceId, t.disruptionId, t.createdAt),
    index('disruption_reports_author').on(t.workspaceId, t.authorUserId, t.createdAt),
    affectedClientKey(t),
    foreignKey({ columns: [t.workspaceId, t.authorUserId], foreignColumns: [users.workspaceId, users.id] }),
    check(
      'disruption_reports_review',
      sql`(${t.status} = 'submitted') = (${t.reviewedAt} is null) and (${t.status} <> 'sent_back' or ${t.reviewComment} is not null)`,
    ),
  ],
);

/** Step 5: the recovery plan, in order, shared with every affected client. */
export const disruptionPlanSteps = pgTable(
  'disruption_plan_steps',
  {
    workspaceId: workspaceId(),
    id: id(),
    disruptionId: uuid('disruption_id').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    detail: text('detail'),
    state: planStepStateEnum('state').notNull().default('planned'),
    doneAt: instant('done_at'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('disruption_plan_steps_order').on(t.workspaceId, t.disruptionId, t.position),
    foreignKey({
      columns: [t.workspaceId, t.disruptionId],
      foreignColumns: [disruptions.workspaceId, disruptions.id],
    }),
  ],
);

/** Step 5: a meeting with one client to tell them the plan; the .ics invite carries `sequence`. */
export const disruptionMeetings = pgTable(
  'disruption_meetings',
  {
    workspaceId: workspaceId(),
    id: id(),
    disruptionId: uuid('disruption_id').notNull(),
    clientId: uuid('client_id').notNull(),
    kind: meetingKindEnum('kind').notNull(),
    startsAt: instant('starts_at').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    location: text('location'),
    notes: text('notes'),
    status: meetingStatusEnum('status').notNull().default('scheduled'),
    /** Bumped on every change so calendars replace the earlier invite. */
    sequence: integer('sequence').notNull().default(0),
    organizerUserId: uuid('organizer_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('disruption_meetings_disruption').on(t.workspaceId, t.disruptionId, t.startsAt),
    affectedClientKey(t),
    check('disruption_meetings_duration', sql`${t.durationMinutes} between 5 and 1440`),
  ],
);

/** Step 5: what the client said about the plan — logged by the team or sent from their page. */
export const disruptionInputs = pgTable(
  'disruption_inputs',
  {
    workspaceId: workspaceId(),
    id: id(),
    disruptionId: uuid('disruption_id').notNull(),
    clientId: uuid('client_id').notNull(),
    source: inputSourceEnum('source').notNull(),
    body: text('body').notNull(),
    wantsCall: boolean('wants_call').notNull().default(false),
    interactionId: uuid('interaction_id'),
    callbackId: uuid('callback_id'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('disruption_inputs_disruption').on(t.workspaceId, t.disruptionId, t.createdAt),
    affectedClientKey(t),
    foreignKey({
      columns: [t.workspaceId, t.interactionId],
      foreignColumns: [interactions.workspaceId, interactions.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.callbackId],
      foreignColumns: [callbacks.workspaceId, callbacks.id],
    }),
  ],
);

/**
 * Step 6: the thank-you chosen for one client. Money kinds are applied through billing —
 * a credit (service credit, free month) or an adjustment (discount) — in the same transaction.
 */
export const disruptionThankYous = pgTable(
  'disruption_thank_yous',
  {
    workspaceId: workspaceId(),
    id: id(),
    disruptionId: uuid('disruption_id').notNull(),
    clientId: uuid('client_id').notNull(),
    kind: thankYouKindEnum('kind').notNull(),
    status: thankYouStatusEnum('status').notNull().default('chosen'),
    /** The kind's own terms: amountMinor, basisPoints and periods, a gift's description. */
    terms: jsonb('terms').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    note: text('note'),
    agreementId: uuid('agreement_id'),
    creditId: uuid('credit_id'),
    adjustmentId: uuid('adjustment_id'),
    valueMinor: minor('value_minor'),
    doneAt: instant('done_at'),
    doneByUserId: uuid('done_by_user_id'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    // One live thank-you per affected client; a cancelled one may be replaced.
    uniqueIndex('disruption_thank_yous_one')
      .on(t.workspaceId, t.disruptionId, t.clientId)
      .where(sql`status <> 'cancelled'`),
    affectedClientKey(t),
    foreignKey({
      columns: [t.workspaceId, t.agreementId],
      foreignColumns: [agreements.workspaceId, agreements.id],
    }),
    foreignKey({ columns: [t.workspaceId, t.creditId], foreignColumns: [credits.workspaceId, credits.id] }),
    foreignKey({
      columns: [t.workspaceId, t.adjustmentId],
      foreignColumns: [adjustments.workspaceId, adjustments.id],
    }),
    check('disruption_thank_yous_done', sql`(${t.status} = 'done') = (${t.doneAt} is not null)`),
  ],
);

/**
 * A client's private page for one disruption: no login, just an unguessable link. Only a
 * hash is stored. It expires and can be revoked; a new link for the same client revokes
 * nothing by itself. The hash is unique across workspaces because the link carries no
 * workspace (on a distributed deployment this is a small reference table).
 */
export const clientPageLinks = pgTable(
  'client_page_links',
  {
    workspaceId: workspaceId(),
    id: id(),
    disruptionId: uuid('disruption_id').notNull(),
    clientId: uuid('client_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: instant('expires_at').notNull(),
    revokedAt: instant('revoked_at'),
    lastOpenedAt: instant('last_opened_at'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('client_page_links_token').on(t.tokenHash),
    index('client_page_links_client').on(t.workspaceId, t.disruptionId, t.clientId),
    affectedClientKey(t),
  ],
);
