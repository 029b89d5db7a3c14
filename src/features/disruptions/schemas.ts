import { z } from 'zod';
import { DISRUPTION_STATUSES } from '../../core/disruptions/vocabulary.ts';
import { CLIENT_STATUSES } from '../clients/schemas.ts';
import { calendarDate, optionalText, pageQuery, shortText, tagList } from '../shared/fields.ts';

// The disruption itself: declaring, reading, editing. Affected clients and the time frame
// have their own schema files beside this one.

/** At most this many chosen clients in one request (the scale). */
export const MAX_CHOSEN_CLIENTS = 10_000;

// PostgreSQL text cannot hold NUL; refuse it here rather than fail in the database.
const withoutNul = (value: string | null | undefined) => !value?.includes('\u0000');
export const plainText = (max: number) => shortText(max).refine(withoutNul, 'Contains a NUL character');

export const titleField = plainText(200);
/** Never shown to clients: what is really going on. */
export const privateDetailField = optionalText(10_000).refine(withoutNul, 'Contains a NUL character');
/** Honest, not intimate: what clients are told. */
export const clientMessageField = plainText(4000);
export const cadenceField = z.number().int().min(1).max(365);
export const callbackMinutesField = z.number().int().min(5).max(10_080);
export const bufferField = z.number().int().min(0).max(365);
export const subjectField = plainText(200);
export const templateBodyField = plainText(10_000);
export const clientIdsField = z.array(z.uuid()).min(1).max(MAX_CHOSEN_CLIENTS);

/** Who is affected: every active client, those matching a filter, or a chosen list. */
export const audienceBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all_active') }).strict(),
  z
    .object({
      kind: z.literal('filter'),
      /** Text in the name, company or e-mail. */
      query: z.string().trim().max(200).optional(),
      /** Clients with any of these tags. */
      tags: tagList.optional(),
      /** Default: active clients only. */
      statuses: z.array(z.enum(CLIENT_STATUSES)).min(1).max(4).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('chosen'), clientIds: clientIdsField }).strict(),
]);
export type AudienceInput = z.infer<typeof audienceBody>;

export const declareDisruptionBody = z
  .object({
    title: titleField,
    privateDetail: privateDetailField,
    clientMessage: clientMessageField,
    /** Default today in the workspace's time zone. */
    startedOn: calendarDate.optional(),
    audience: audienceBody,
    /** Days between updates to each client; default 7. */
    cadenceDays: cadenceField.default(7),
    /** An inbound contact from an affected client is due back within this; default 120. */
    callbackMinutes: callbackMinutesField.default(120),
    /** Our own estimate of the day things are back to normal (never shown to clients). */
    estimateOn: calendarDate.optional(),
    /** Wiggle room: the promise told to clients is the estimate plus this many days; default 0. */
    bufferDays: bufferField.optional(),
    /** The outreach template (merge fields allowed); defaults to an honest, short message. */
    outreachSubject: subjectField.optional(),
    outreachBody: templateBodyField.optional(),
  })
  .strict()
  .refine((body) => body.bufferDays === undefined || body.estimateOn !== undefined, {
    message: 'A buffer needs an estimate',
    path: ['bufferDays'],
  });
export type DeclareDisruptionInput = z.infer<typeof declareDisruptionBody>;

export const updateDisruptionBody = z
  .object({
    title: titleField.optional(),
    privateDetail: privateDetailField,
    clientMessage: clientMessageField.optional(),
    cadenceDays: cadenceField.optional(),
    callbackMinutes: callbackMinutesField.optional(),
    outreachSubject: subjectField.optional(),
    outreachBody: templateBodyField.optional(),
  })
  .strict()
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'Change at least one field');
export type UpdateDisruptionInput = z.infer<typeof updateDisruptionBody>;

export const listDisruptionsQuery = z
  .object({ status: z.enum(DISRUPTION_STATUSES).optional(), ...pageQuery })
  .strict();
export type ListDisruptionsQuery = z.infer<typeof listDisruptionsQuery>;

// --- responses ------------------------------------------------------------------------

/** Over the affected clients the reader may see (a stand-in: only theirs). */
export const disruptionCounts = z.object({
  affected: z.number().int(),
  contacted: z.number().int(),
  /** Outreach tasks not done yet. */
  outreachOpen: z.number().int(),
  /** Clients whose last-told promise is not the current one. */
  mustBeTold: z.number().int(),
  /** Clients whose next update was due before today. */
  updatesOverdue: z.number().int(),
});

const person = z.object({ id: z.uuid(), name: z.string() });

export const disruptionSummaryView = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.enum(DISRUPTION_STATUSES),
  startedOn: z.string(),
  resolvedOn: z.string().nullable(),
  /** Our estimate (internal) and the date promised to clients. */
  estimateOn: z.string().nullable(),
  promisedOn: z.string().nullable(),
  /** The estimate has moved past the promise and no new one has been confirmed. */
  estimatePastPromise: z.boolean(),
  counts: disruptionCounts,
});
export type DisruptionSummaryView = z.infer<typeof disruptionSummaryView>;

export const audienceView = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all_active') }),
  z.object({
    kind: z.literal('filter'),
    query: z.string().optional(),
    tags: z.array(z.string()).optional(),
    statuses: z.array(z.string()).optional(),
  }),
  z.object({ kind: z.literal('chosen') }),
]);

/** The whole disruption, for the team (a stand-in is team too). Never on a client-facing path. */
export const disruptionView = disruptionSummaryView.extend({
  privateDetail: z.string(),
  clientMessage: z.string(),
  audience: audienceView,
  cadenceDays: z.number().int(),
  callbackMinutes: z.number().int(),
  bufferDays: z.number().int(),
  outreachSubject: z.string(),
  outreachBody: z.string(),
  resolvedAt: z.string().nullable(),
  resolutionNote: z.string().nullable(),
  createdBy: person.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DisruptionView = z.infer<typeof disruptionView>;

export const disruptionPage = z.object({
  items: z.array(disruptionSummaryView),
  nextCursor: z.string().nullable(),
});

/** What declaring (or adding clients) set in motion. */
export const outreachSummary = z.object({
  /** Affected clients newly added. */
  clients: z.number().int(),
  /** One outreach task each. */
  tasks: z.number().int(),
  /** Outreach messages queued in the outbox (clients reached by e-mail). */
  messagesQueued: z.number().int(),
  /** Clients with no e-mail: their outreach task is to reach them another way. */
  toReachOtherwise: z.number().int(),
});
export type OutreachSummary = z.infer<typeof outreachSummary>;

export const declaredView = z.object({ disruption: disruptionView, outreach: outreachSummary });
export type DeclaredView = z.infer<typeof declaredView>;
