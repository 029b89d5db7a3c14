import { z } from 'zod';
import { callbackView } from '../callbacks/schemas.ts';
import { instantField, pageQuery } from '../shared/fields.ts';
import { bodyField, channelField, directionField, summaryField } from './fields.ts';

export const logInteractionBody = z
  .object({
    channel: channelField,
    direction: directionField,
    /** When it happened; defaults to now. */
    occurredAt: instantField.optional(),
    summary: summaryField,
    body: bodyField,
    /** Inbound only: whether it opens a callback. Defaults to true for inbound, except notes and meetings. */
    needsResponse: z.boolean().optional(),
  })
  .strict();
export type LogInteractionInput = z.infer<typeof logInteractionBody>;

export const timelineQuery = z.object(pageQuery).strict();

export const interactionView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  channel: channelField,
  direction: directionField,
  occurredAt: z.date(),
  summary: z.string(),
  body: z.string().nullable(),
  user: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.date(),
  /** The callback this interaction opened, if any. */
  callback: z.object({ id: z.uuid(), dueAt: z.date(), answeredAt: z.date().nullable() }).nullable(),
});
export type InteractionView = z.infer<typeof interactionView>;

export const loggedInteractionView = z.object({
  interaction: interactionView,
  openedCallback: callbackView.nullable(),
  answeredCallbacks: z.array(callbackView),
});
export type LoggedInteraction = z.infer<typeof loggedInteractionView>;

export const timelineView = z.object({ items: z.array(interactionView), nextCursor: z.string().nullable() });
