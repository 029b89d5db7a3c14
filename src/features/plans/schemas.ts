import { z } from 'zod';
import { shortText } from '../shared/fields.ts';
import { priceMinorField } from '../shared/money-fields.ts';

export const BILLING_INTERVALS = ['month', 'quarter', 'year'] as const;
export const intervalField = z.enum(BILLING_INTERVALS);

export const createPlanBody = z
  .object({
    name: shortText(120),
    /** Price per period in the workspace currency's minor units (cents; yen have none). */
    priceMinor: priceMinorField,
    interval: intervalField,
  })
  .strict();

/**
 * A plan's price can change for agreements made from now on; existing agreements keep the
 * price they were made with, so no one's invoices change behind their back.
 */
export const updatePlanBody = z
  .object({
    name: shortText(120).optional(),
    priceMinor: priceMinorField.optional(),
    archived: z.boolean().optional(),
  })
  .strict()
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'Change at least one field');

export const listPlansQuery = z
  .object({ includeArchived: z.enum(['true', 'false']).default('false') })
  .strict();

export const planView = z.object({
  id: z.uuid(),
  name: z.string(),
  priceMinor: z.number().int(),
  interval: intervalField,
  currency: z.string(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
});

export const planList = z.object({ items: z.array(planView) });

export type CreatePlanInput = z.infer<typeof createPlanBody>;
export type UpdatePlanInput = z.infer<typeof updatePlanBody>;
export type PlanView = z.infer<typeof planView>;
