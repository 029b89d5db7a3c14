import { z } from 'zod';
import { HAND_ACTIONS } from '../../core/mail/hand-actions.ts';
import { OUTBOX_STATUSES } from '../../core/mail/outbox-status.ts';
import { pageQuery } from '../shared/fields.ts';

export const outboxStatus = z.enum(OUTBOX_STATUSES);

export const listOutboxQuery = z
  .object({
    status: outboxStatus.optional(),
    clientId: z.uuid().optional(),
    /** What asked for the message, e.g. disruption_outreach. */
    sourceKind: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .regex(/^[a-z0-9_]+$/, 'Lower-case letters, digits and _')
      .optional(),
    sourceId: z.uuid().optional(),
    ...pageQuery,
  })
  .strict();

export const attachmentParams = z
  .object({ id: z.uuid(), index: z.coerce.number().int().min(0).max(99) })
  .strict();

const person = z.object({ id: z.uuid(), name: z.string() });

export const outboxMessageSummary = z.object({
  id: z.uuid(),
  status: outboxStatus,
  toAddress: z.string(),
  toName: z.string().nullable(),
  clientId: z.uuid().nullable(),
  clientName: z.string().nullable(),
  subject: z.string(),
  sourceKind: z.string(),
  sourceId: z.uuid().nullable(),
  /** Tries so far. */
  attempts: z.number().int(),
  /** When the sender tries next (queued messages only). */
  nextAttemptAt: z.string().nullable(),
  /** Why the last try failed, e.g. the SMTP server's reply. */
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
  /** Copied and sent by a person rather than by the SMTP server. */
  sentByHand: z.boolean(),
  attachmentCount: z.number().int(),
  createdAt: z.string(),
  /** What a person may do to it now: retry, mark_sent, cancel. */
  actions: z.array(z.enum(HAND_ACTIONS)),
});

export const outboxMessageView = outboxMessageSummary.extend({
  bodyText: z.string(),
  attachments: z.array(
    z.object({
      index: z.number().int(),
      filename: z.string(),
      contentType: z.string(),
      size: z.number().int(),
    }),
  ),
  smtpMessageId: z.string().nullable(),
  sentByHandUser: person.nullable(),
  createdBy: person.nullable(),
});

export const outboxCounts = z.object(
  Object.fromEntries(OUTBOX_STATUSES.map((status) => [status, z.number().int()])) as Record<
    (typeof OUTBOX_STATUSES)[number],
    z.ZodNumber
  >,
);

export const outboxPage = z.object({
  items: z.array(outboxMessageSummary),
  nextCursor: z.string().nullable(),
  /** Messages in each status, under the same filters except status. */
  counts: outboxCounts,
  /** An SMTP server is configured; without one, people copy each message and mark it sent. */
  mailConfigured: z.boolean(),
});

export type ListOutboxQuery = z.infer<typeof listOutboxQuery>;
export type OutboxMessageSummary = z.infer<typeof outboxMessageSummary>;
export type OutboxMessageView = z.infer<typeof outboxMessageView>;
export type OutboxCounts = z.infer<typeof outboxCounts>;
export type OutboxPage = z.infer<typeof outboxPage>;
