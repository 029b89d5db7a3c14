import { z } from 'zod';
import { fitsInAYear } from '../../core/callbacks/response-policy.ts';
import { currencyField, timeZoneField } from '../auth/schemas.ts';
import { shortText } from '../shared/fields.ts';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "A time of day as 'HH:MM'");

const policyFields = {
  callbackHours: z.number().min(0.25).max(720),
  businessHoursOnly: z.boolean(),
  workdays: z
    .array(z.number().int().min(1).max(7))
    .max(7)
    .refine((days) => new Set(days).size === days.length, 'Each day at most once'),
  dayStart: clockTime,
  dayEnd: clockTime,
};

/** A whole response policy, as stored: each field valid and the fields consistent. */
export const responsePolicySchema = z
  .object(policyFields)
  .strict()
  .superRefine((policy, ctx) => {
    if (policy.dayStart >= policy.dayEnd) {
      ctx.addIssue({ code: 'custom', path: ['dayEnd'], message: 'Closing time must be after opening time' });
    }
    if (policy.businessHoursOnly && policy.workdays.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['workdays'],
        message: 'Business hours need at least one workday',
      });
    } else if (policy.dayStart < policy.dayEnd && !fitsInAYear(policy)) {
      ctx.addIssue({
        code: 'custom',
        path: ['callbackHours'],
        message: 'More hours than a year of these business hours holds',
      });
    }
  })
  .transform((policy) => ({ ...policy, workdays: [...policy.workdays].sort((a, b) => a - b) }));

const workspaceFields = z.object({ name: shortText(120), currency: currencyField, timezone: timeZoneField });

export const settingsView = z.object({
  workspace: workspaceFields,
  responsePolicy: z.object(policyFields),
});
export type Settings = z.infer<typeof settingsView>;

/** Any part of the settings; the merged result is checked again as a whole. */
export const settingsPatch = z
  .object({
    workspace: workspaceFields.partial().strict().optional(),
    responsePolicy: z.object(policyFields).partial().strict().optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatch>;
