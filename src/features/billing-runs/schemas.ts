import { z } from 'zod';
import { calendarDate, pageQuery } from '../shared/fields.ts';

export const createBillingRunBody = z
  .object({
    /** Bill every period starting on or before this date; default the workspace's today. */
    through: calendarDate.optional(),
  })
  .strict();

export const listBillingRunsQuery = z.object({ ...pageQuery }).strict();

export const billingRunView = z.object({
  id: z.uuid(),
  throughDate: z.string(),
  /** "interrupted": still marked running, but its process stopped (no heartbeat). */
  status: z.enum(['running', 'finished', 'failed', 'interrupted']),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  agreementsSeen: z.number().int(),
  invoicesCreated: z.number().int(),
  totalMinor: z.number().int(),
  currency: z.string(),
  error: z.string().nullable(),
  actorLabel: z.string(),
});

export const billingRunPage = z.object({ items: z.array(billingRunView), nextCursor: z.string().nullable() });

export type BillingRunView = z.infer<typeof billingRunView>;
