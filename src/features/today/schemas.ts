import { z } from 'zod';
import { CHANNELS, DIRECTIONS } from '../../core/interactions/channels.ts';
import { disruptionSummaryView } from '../disruptions/schemas.ts';
import { taskView } from '../tasks/schemas.ts';

const person = z.object({ id: z.uuid(), name: z.string() });

/** The Callback shape of the callbacks API, read here straight from the tables. */
export const todayCallbackView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  clientName: z.string(),
  openedAt: z.string(),
  dueAt: z.string(),
  answeredAt: z.string().nullable(),
  isOverdue: z.boolean(),
  request: z.object({ channel: z.enum(CHANNELS), summary: z.string() }),
});

/** The Interaction shape of the timeline API, with the client's name for a cross-client feed. */
export const activityView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  clientName: z.string(),
  channel: z.enum(CHANNELS),
  direction: z.enum(DIRECTIONS),
  occurredAt: z.string(),
  summary: z.string(),
  body: z.string().nullable(),
  user: person.nullable(),
  createdAt: z.string(),
  callback: z.object({ id: z.uuid(), dueAt: z.string(), answeredAt: z.string().nullable() }).nullable(),
});

export const todayCounts = z.object({
  clients: z.number().int(),
  activeClients: z.number().int(),
  openCallbacks: z.number().int(),
  overdueCallbacks: z.number().int(),
  openTasks: z.number().int(),
});

/** A save-desk holiday, pause or reduction ending soon: "billing returns to normal on …". */
export const billingReturnView = z.object({
  offerId: z.uuid(),
  caseId: z.uuid(),
  kind: z.enum(['holiday', 'pause', 'reduction']),
  agreementId: z.uuid(),
  clientId: z.uuid(),
  clientName: z.string(),
  /** The last day of the offer's last period. */
  endsOn: z.string(),
  returnsOn: z.string(),
  message: z.string(),
});

export const todayView = z.object({
  overdueCallbacks: z.array(todayCallbackView),
  dueCallbacks: z.array(todayCallbackView),
  tasksDue: z.array(taskView),
  recentActivity: z.array(activityView),
  counts: todayCounts,
  /** Monthly recurring revenue today; null for a stand-in, who does not see money. */
  mrr: z
    .object({ amountMinor: z.number().int(), currency: z.string(), agreements: z.number().int() })
    .nullable(),
  /** Holidays, pauses and reductions from the save desk ending within two weeks (empty for a stand-in). */
  billingReturns: z.array(billingReturnView),
  /** Hard times on our side: the active disruptions the actor works on, with their step counts. */
  hardTimes: z.array(disruptionSummaryView),
});

export type BillingReturnView = z.infer<typeof billingReturnView>;
export type TodayCallbackView = z.infer<typeof todayCallbackView>;
export type ActivityView = z.infer<typeof activityView>;
export type TodayCounts = z.infer<typeof todayCounts>;
export type TodayView = z.infer<typeof todayView>;
