import { z } from 'zod';
import { channelField } from '../interactions/fields.ts';
import { pageQuery } from '../shared/fields.ts';
import { clientIdsField, outreachSummary } from './schemas.ts';

// A disruption's affected clients: listing, adding, removing, the channel per client.

export const AFFECTED_CLIENT_STATES = ['all', 'must_be_told', 'update_overdue', 'not_contacted'] as const;

export const affectedClientParams = z.object({ id: z.uuid(), clientId: z.uuid() }).strict();

export const listAffectedClientsQuery = z
  .object({
    state: z.enum(AFFECTED_CLIENT_STATES).default('all'),
    /** Only clients whose name contains this (case-insensitive), as on the board. */
    q: z.string().trim().max(200).optional(),
    /** Clients removed from the disruption are left out unless asked for. */
    includeRemoved: z.enum(['false', 'true']).default('false'),
    ...pageQuery,
  })
  .strict();
export type ListAffectedClientsQuery = z.infer<typeof listAffectedClientsQuery>;

export const addAffectedClientsBody = z.object({ clientIds: clientIdsField }).strict();
export type AddAffectedClientsInput = z.infer<typeof addAffectedClientsBody>;

export const updateAffectedClientBody = z.object({ channel: channelField }).strict();
export type UpdateAffectedClientInput = z.infer<typeof updateAffectedClientBody>;

const person = z.object({ id: z.uuid(), name: z.string() });

export const affectedClientView = z.object({
  clientId: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** How we reach them during this disruption. */
  channel: channelField,
  standIn: person.nullable(),
  addedAt: z.string(),
  removedAt: z.string().nullable(),
  /** Step 1 done: the first outbound touch or sent message. */
  contactedAt: z.string().nullable(),
  outreachTask: z
    .object({ id: z.uuid(), doneAt: z.string().nullable(), assignee: person.nullable() })
    .nullable(),
  lastUpdateAt: z.string().nullable(),
  nextUpdateDueOn: z.string().nullable(),
  updateOverdue: z.boolean(),
  /** The promise they last heard, and when; `mustBeTold` when it is not the current one. */
  toldPromisedOn: z.string().nullable(),
  toldAt: z.string().nullable(),
  mustBeTold: z.boolean(),
});
export type AffectedClientView = z.infer<typeof affectedClientView>;

export const affectedClientPage = z.object({
  items: z.array(affectedClientView),
  nextCursor: z.string().nullable(),
});

export const addedClientsView = z.object({
  outreach: outreachSummary,
  /** Chosen clients already affected: left as they were. */
  alreadyAffected: z.number().int(),
});
export type AddedClientsView = z.infer<typeof addedClientsView>;

export const removedClientView = z.object({
  client: affectedClientView,
  /** The open outreach task closed, queued messages cancelled, page links revoked. */
  outreachTaskClosed: z.boolean(),
  messagesCancelled: z.number().int(),
  linksRevoked: z.number().int(),
});
