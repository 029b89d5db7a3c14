import { z } from 'zod';
import { channelField, summaryField } from '../interactions/fields.ts';
import { instantField, pageQuery } from '../shared/fields.ts';

export const CALLBACK_STATES = ['open', 'overdue', 'answered', 'all'] as const;
export type CallbackState = (typeof CALLBACK_STATES)[number];

export const callbackListQuery = z
  .object({
    state: z.enum(CALLBACK_STATES).default('open'),
    clientId: z.uuid().optional(),
    ...pageQuery,
  })
  .strict();
export type CallbackListQuery = z.infer<typeof callbackListQuery>;

export const answerCallbackBody = z
  .object({ channel: channelField, summary: summaryField, occurredAt: instantField.optional() })
  .strict();
export type AnswerCallbackInput = z.infer<typeof answerCallbackBody>;

export const callbackView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  clientName: z.string(),
  openedAt: z.date(),
  dueAt: z.date(),
  answeredAt: z.date().nullable(),
  isOverdue: z.boolean(),
  /** The inbound interaction that asked for an answer. */
  request: z.object({ channel: channelField, summary: z.string() }),
});
export type CallbackView = z.infer<typeof callbackView>;

export const callbackListView = z.object({ items: z.array(callbackView), nextCursor: z.string().nullable() });
