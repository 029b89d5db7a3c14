import { z } from 'zod';
import { DEFERRED_ON_EARLY_CANCEL, MAX_SAVE_REASONS } from '../../core/saves/index.ts';
import { shortText } from '../shared/fields.ts';

const periods = z.number().int().min(0).max(60);

/** The save policy's fields, as the API shows and takes them (see `SavePolicy`). */
const savePolicyFields = {
  holidayDefaultPeriods: periods,
  holidayMaxPeriods: periods,
  /** Hundredths of a percent: 5000 is 50 %. */
  reductionMaxBasisPoints: z.number().int().min(1).max(10_000),
  reductionMinPeriods: periods,
  reductionMaxPeriods: periods,
  pauseMaxPeriods: periods,
  staffMayGrant: z.boolean(),
  allowStacking: z.boolean(),
  cooldownPeriods: periods,
  deferredOnEarlyCancel: z.enum(DEFERRED_ON_EARLY_CANCEL),
};

export const saveReasonField = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Lower-case letters, digits and underscores, starting with a letter'),
    label: shortText(80),
  })
  .strict();

export const policyView = z.object({
  saves: z.object(savePolicyFields),
  /** Why clients call to leave: the taxonomy a save case picks its reason from. */
  saveReasons: z.array(saveReasonField),
});

/** Any part of the policy; the reason list, when given, replaces the whole list. */
export const policyPatch = z
  .object({
    saves: z.object(savePolicyFields).partial().strict().optional(),
    saveReasons: z.array(saveReasonField).min(1).max(MAX_SAVE_REASONS).optional(),
  })
  .strict();

export type PolicyView = z.infer<typeof policyView>;
export type PolicyPatch = z.infer<typeof policyPatch>;
