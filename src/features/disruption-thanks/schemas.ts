import { z } from 'zod';
import { MAX_DISCOUNT_PERIODS } from '../../core/disruptions/thank-you-terms.ts';
import {
  DISRUPTION_STATUSES,
  THANK_YOU_KINDS,
  THANK_YOU_STATUSES,
} from '../../core/disruptions/vocabulary.ts';
import { calendarDate, optionalText, pageQuery, shortText } from '../shared/fields.ts';
import { positiveAmountMinorField } from '../shared/money-fields.ts';

// PostgreSQL text cannot hold NUL; refuse it here rather than fail in the database.
const noNul = (value: string | null | undefined) => !value?.includes('\u0000');
const noteField = optionalText(1000).refine(noNul, 'Contains a NUL character');
const noTerms = z.object({}).strict().default({});

/** Each kind with its own terms; `extra` fields are added to every option. */
function choiceOf<T extends z.ZodRawShape>(extra: T) {
  return z.discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('service_credit'),
        terms: z.object({ amountMinor: positiveAmountMinorField }).strict(),
        ...extra,
      })
      .strict(),
    z.object({ kind: z.literal('free_month'), terms: noTerms, ...extra }).strict(),
    z
      .object({
        kind: z.literal('discount'),
        terms: z
          .object({
            /** 1 … 10000: hundredths of a percent, so 20 % is 2000. */
            basisPoints: z.number().int().min(1).max(10_000),
            periods: z.number().int().min(1).max(MAX_DISCOUNT_PERIODS),
          })
          .strict(),
        ...extra,
      })
      .strict(),
    z
      .object({
        kind: z.literal('gift'),
        terms: z.object({ description: shortText(200).refine(noNul, 'Contains a NUL character') }).strict(),
        ...extra,
      })
      .strict(),
    z.object({ kind: z.literal('handwritten_note'), terms: noTerms, ...extra }).strict(),
    z.object({ kind: z.literal('call'), terms: noTerms, ...extra }).strict(),
  ]);
}

/** A thank-you: its kind and the kind's terms, with an internal note for the team. */
export const thankYouChoiceBody = choiceOf({ note: noteField });
export type ThankYouChoiceInput = z.infer<typeof thankYouChoiceBody>;

export const resolveBody = z
  .object({
    /** The day things were back to normal; default today in the workspace's time zone. */
    resolvedOn: calendarDate.optional(),
    /** A closing word to clients, shown on their private page. Not for internal notes. */
    note: noteField,
    /** The thank-you every affected client starts with; default a handwritten note. */
    thankYou: thankYouChoiceBody.optional(),
  })
  .strict();
export type ResolveInput = z.infer<typeof resolveBody>;

export const applyThankYouBody = choiceOf({
  note: noteField,
  /** Only these affected clients; default every affected client. */
  clientIds: z.array(z.uuid()).min(1).max(10_000).optional(),
});
export type ApplyThankYouInput = z.infer<typeof applyThankYouBody>;

export const doneBody = z.object({ note: noteField }).strict().default({ note: undefined });
export type DoneInput = z.infer<typeof doneBody>;

export const disruptionParams = z.object({ id: z.uuid() }).strict();
export const clientParams = z.object({ id: z.uuid(), clientId: z.uuid() }).strict();
export const thankYouParams = z.object({ id: z.uuid(), thankYouId: z.uuid() }).strict();

export const listThankYousQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    status: z.enum(['none', 'chosen', 'done']).optional(),
    ...pageQuery,
  })
  .strict();
export type ListThankYousQuery = z.infer<typeof listThankYousQuery>;

const person = z.object({ id: z.uuid(), name: z.string() });

export const thankYouView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  kind: z.enum(THANK_YOU_KINDS),
  status: z.enum(THANK_YOU_STATUSES),
  terms: z.record(z.string(), z.unknown()),
  note: z.string().nullable(),
  /** What it was worth, in minor units, once applied through billing. */
  valueMinor: z.number().int().nullable(),
  agreementId: z.uuid().nullable(),
  creditId: z.uuid().nullable(),
  adjustmentId: z.uuid().nullable(),
  doneAt: z.string().nullable(),
  doneBy: person.nullable(),
  createdAt: z.string(),
});
export type ThankYouView = z.infer<typeof thankYouView>;

export const thankYouRowView = z.object({
  clientId: z.uuid(),
  clientName: z.string(),
  /** Whether a money thank-you can be applied: the client has an active agreement. */
  hasLiveAgreement: z.boolean(),
  thankYou: thankYouView.nullable(),
});

const count = z.number().int().min(0);
export const thankYouPage = z.object({
  status: z.enum(DISRUPTION_STATUSES),
  resolvedOn: z.string().nullable(),
  currency: z.string(),
  /** Over every affected client, whatever the page. */
  progress: z.object({ clients: count, none: count, chosen: count, done: count }),
  items: z.array(thankYouRowView),
  nextCursor: z.string().nullable(),
});
export type ThankYouPage = z.infer<typeof thankYouPage>;

export const resolvedView = z.object({
  id: z.uuid(),
  status: z.enum(DISRUPTION_STATUSES),
  resolvedOn: z.string(),
  resolvedAt: z.string(),
  resolutionNote: z.string().nullable(),
  thankYous: z.object({ kind: z.enum(THANK_YOU_KINDS), created: count }),
});
export type ResolvedView = z.infer<typeof resolvedView>;

export const appliedView = z.object({
  /** Clients whose thank-you is now the one asked for. */
  changed: count,
  /** Clients left alone because their thank-you was already done. */
  skippedDone: count,
});
export type AppliedView = z.infer<typeof appliedView>;
