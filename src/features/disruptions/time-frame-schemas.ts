import { z } from 'zod';
import { channelField } from '../interactions/fields.ts';
import { calendarDate, optionalText } from '../shared/fields.ts';
import { bufferField, clientIdsField, plainText } from './schemas.ts';

// Step 4, the time frame: estimates, promises, and telling clients a new date.

export const moveEstimateBody = z
  .object({
    estimateOn: calendarDate,
    /** Default the buffer of the current promise. */
    bufferDays: bufferField.optional(),
    reason: optionalText(1000),
  })
  .strict();
export type MoveEstimateInput = z.infer<typeof moveEstimateBody>;

export const setPromiseBody = z
  .object({
    /** On or after the current estimate. */
    promisedOn: calendarDate,
    /** Why the date changed; kept in the history. */
    reason: plainText(1000),
  })
  .strict();
export type SetPromiseInput = z.infer<typeof setPromiseBody>;

export const tellClientsBody = z
  .object({
    /** Default: every affected client who must be told. */
    clientIds: clientIdsField.optional(),
    /**
     * true: queue the "new date" message to clients reached by e-mail, and count them told;
     * clients reached otherwise are listed to call. false: they were told another way — mark them.
     */
    send: z.boolean(),
  })
  .strict();
export type TellClientsInput = z.infer<typeof tellClientsBody>;

// --- responses ------------------------------------------------------------------------

const clientToTell = z.object({
  clientId: z.uuid(),
  name: z.string(),
  channel: channelField,
  toldPromisedOn: z.string().nullable(),
});
export type ClientToTell = z.infer<typeof clientToTell>;

export const ESTIMATE_OUTCOMES = ['first_promise', 'promise_stands', 'slipped'] as const;

export const estimateView = z.object({
  estimateOn: z.string(),
  bufferDays: z.number().int(),
  /** The promise after this estimate: unchanged unless this made the first one. */
  promisedOn: z.string(),
  /**
   * first_promise: there was no promise; this one is it, and every client must be told.
   * promise_stands: on or before the promise — nobody needs telling about this estimate.
   * slipped: past the promise — confirm a new one (POST …/promise), then tell these clients.
   */
  outcome: z.enum(ESTIMATE_OUTCOMES),
  proposedPromisedOn: z.string().nullable(),
  lateByDays: z.number().int().nullable(),
  /** What happened, in a sentence for the person who moved the estimate. */
  message: z.string(),
  mustBeTold: z.object({ count: z.number().int(), clients: z.array(clientToTell) }),
});
export type EstimateView = z.infer<typeof estimateView>;

export const tellView = z.object({
  promisedOn: z.string(),
  /** Clients now counted as told the current promise. */
  told: z.number().int(),
  messagesQueued: z.number().int(),
  /** send: true, but no e-mail channel: reach them yourself, then mark them told. */
  notSent: z.array(clientToTell),
  /** Asked for, but they already knew the current promise. */
  alreadyTold: z.number().int(),
});
export type TellView = z.infer<typeof tellView>;

export const PROMISE_KINDS = ['first', 'estimate', 're_promise'] as const;

export const promiseHistoryView = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      /** first: the first promise; estimate: the estimate moved, the promise stood; re_promise: a new date. */
      kind: z.enum(PROMISE_KINDS),
      estimateOn: z.string(),
      bufferDays: z.number().int(),
      promisedOn: z.string(),
      reason: z.string().nullable(),
      createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
      createdAt: z.string(),
    }),
  ),
});
export type PromiseHistoryView = z.infer<typeof promiseHistoryView>;
