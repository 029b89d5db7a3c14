import { z } from 'zod';
import { MAX_TERM_PERIODS } from '../../core/billing/index.ts';
import { intervalField } from '../plans/schemas.ts';
import { calendarDate, optionalText, pageQuery, shortText } from '../shared/fields.ts';
import { positiveAmountMinorField, priceMinorField } from '../shared/money-fields.ts';

/**
 * An agreement is made from a plan (its price and interval are copied) or at a custom
 * price; a custom price may also be given with a plan, to sign a plan at a special rate.
 */
export const createAgreementBody = z
  .object({
    clientId: z.uuid(),
    planId: z.uuid().optional(),
    description: shortText(200).optional(),
    priceMinor: priceMinorField.optional(),
    interval: intervalField.optional(),
    startsOn: calendarDate,
    /** The last day of the term (the last day of a period); omit or null for open-ended. */
    termEnd: calendarDate.nullable().optional(),
  })
  .strict()
  .refine((body) => body.planId || (body.priceMinor !== undefined && body.interval && body.description), {
    message: 'Choose a plan, or give a description, a price and an interval',
    path: ['planId'],
  });

const periodField = z.number().int().min(0).max(MAX_TERM_PERIODS);
const countField = z.number().int().min(1).max(MAX_TERM_PERIODS);

/** Adjustments as the API accepts them: the core's kinds, each with its own fields. */
export const adjustmentBody = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('payment_holiday'),
      fromPeriod: periodField,
      periods: countField,
      reason: optionalText(500),
    })
    .strict(),
  z
    .object({
      kind: z.literal('pause'),
      fromPeriod: periodField,
      periods: countField,
      reason: optionalText(500),
    })
    .strict(),
  z
    .object({
      kind: z.literal('reduction'),
      fromPeriod: periodField,
      periods: countField,
      /** 1 … 10000: hundredths of a percent, so 25 % is 2500. */
      basisPoints: z.number().int().min(1).max(10_000),
      reason: optionalText(500),
    })
    .strict(),
  z
    .object({
      kind: z.literal('price_change'),
      fromPeriod: periodField,
      priceMinor: priceMinorField,
      reason: optionalText(500),
    })
    .strict(),
  z
    .object({
      kind: z.literal('free_period'),
      fromPeriod: periodField,
      description: shortText(120).optional(),
      reason: optionalText(500),
    })
    .strict(),
]);

export const creditBody = z
  .object({
    amountMinor: positiveAmountMinorField,
    /** The first period whose invoice may use it; default the next one not yet invoiced. */
    fromPeriod: periodField.optional(),
    description: shortText(120).default('Credit'),
  })
  .strict();

export const cancelAgreementBody = z
  .object({
    /** Billing stops from the first period starting on or after this date; default the next period. */
    effectiveOn: calendarDate.optional(),
    reason: optionalText(1000),
  })
  .strict();

export const previewQuery = z
  .object({
    /** The first period shown; default the first period not yet invoiced. */
    fromPeriod: z.coerce.number().int().min(0).max(MAX_TERM_PERIODS).optional(),
    count: z.coerce.number().int().min(1).max(60).default(12),
  })
  .strict();

export const listAgreementsQuery = z
  .object({
    clientId: z.uuid().optional(),
    status: z.enum(['active', 'ended', 'cancelled']).optional(),
    ...pageQuery,
  })
  .strict();

const lineView = z.object({
  kind: z.string(),
  description: z.string(),
  amountMinor: z.number().int(),
  sourceId: z.string().nullable(),
});

export const periodBillView = z.object({
  periodIndex: z.number().int(),
  start: z.string(),
  end: z.string(),
  /** "invoice" when the period is billed; otherwise why not (paused, cancelled, after_end). */
  outcome: z.enum(['invoice', 'paused', 'cancelled', 'after_end']),
  lines: z.array(lineView),
  totalMinor: z.number().int(),
  /** The invoice already issued for this period, if any. */
  invoiceId: z.uuid().nullable(),
});

export const adjustmentView = z.object({
  id: z.uuid(),
  kind: z.string(),
  fromPeriod: z.number().int(),
  terms: z.record(z.string(), z.unknown()),
  reason: z.string().nullable(),
  createdAt: z.string(),
});

export const creditView = z.object({
  id: z.uuid(),
  amountMinor: z.number().int(),
  usedMinor: z.number().int(),
  fromPeriod: z.number().int(),
  description: z.string(),
});

export const agreementView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  clientName: z.string(),
  plan: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  description: z.string(),
  priceMinor: z.number().int(),
  interval: intervalField,
  currency: z.string(),
  startsOn: z.string(),
  termEnd: z.string().nullable(),
  /** The end once holidays, pauses and a cancellation are applied; null while open-ended. */
  effectiveEnd: z.string().nullable(),
  /** What the client has committed to stay through (moved by holidays); null if nothing. */
  commitmentEnd: z.string().nullable(),
  status: z.enum(['active', 'ended', 'cancelled']),
  adjustments: z.array(adjustmentView),
  credits: z.array(creditView),
  createdAt: z.string(),
});

export const agreementPage = z.object({ items: z.array(agreementView), nextCursor: z.string().nullable() });
export const previewView = z.object({
  agreementId: z.uuid(),
  currency: z.string(),
  periods: z.array(periodBillView),
  totalMinor: z.number().int(),
});

export type CreateAgreementInput = z.infer<typeof createAgreementBody>;
export type AdjustmentInput = z.infer<typeof adjustmentBody>;
export type CreditInput = z.infer<typeof creditBody>;
export type CancelAgreementInput = z.infer<typeof cancelAgreementBody>;
export type ListAgreementsQuery = z.infer<typeof listAgreementsQuery>;
export type AgreementView = z.infer<typeof agreementView>;
export type PeriodBillView = z.infer<typeof periodBillView>;
export type PreviewView = z.infer<typeof previewView>;
