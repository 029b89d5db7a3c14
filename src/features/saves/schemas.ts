import { z } from 'zod';
import { MAX_TERM_PERIODS } from '../../core/billing/index.ts';
import { CASE_STATUSES, OFFER_KINDS } from '../../core/saves/index.ts';
import { periodBillView } from '../agreements/schemas.ts';
import { intervalField } from '../plans/schemas.ts';
import { calendarDate, instantField, optionalText, pageQuery, shortText, tagList } from '../shared/fields.ts';

// Every request and response of the save desk in one file (over 300 lines, for one
// reason): the web app imports its types from here, so the API has one contract to read.

const outcomes = ['saved', 'downgraded', 'paused', 'cancelled'] as const;
const reasonCode = z.string().trim().min(1).max(40);
const periodField = z.number().int().min(0).max(MAX_TERM_PERIODS);
const countField = z.number().int().min(1).max(MAX_TERM_PERIODS);

// --- requests ------------------------------------------------------------------------

/** Logging the call: who, when, why, and what the client said — listening comes first. */
export const createSaveCaseBody = z
  .object({
    clientId: z.uuid(),
    /** The agreement offers would adjust; default the client's only active agreement, if one. */
    agreementId: z.uuid().nullable().optional(),
    /** Default now. */
    calledAt: instantField.optional(),
    /** A code from the reasons taxonomy (GET /api/v1/policy). */
    reason: reasonCode,
    notes: optionalText(10_000),
    causes: tagList.optional(),
  })
  .strict();

/** The listening goes on while the case is open: notes, causes, reason, agreement. */
export const updateSaveCaseBody = z
  .object({
    agreementId: z.uuid().nullable().optional(),
    reason: reasonCode.optional(),
    notes: optionalText(10_000),
    causes: tagList.optional(),
  })
  .strict()
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'Change at least one field');

export const listSaveCasesQuery = z
  .object({
    status: z.enum(CASE_STATUSES).optional(),
    clientId: z.uuid().optional(),
    reason: reasonCode.optional(),
    /** Calls on or after / before this instant. */
    from: instantField.optional(),
    to: instantField.optional(),
    ...pageQuery,
  })
  .strict();

const overrideReason = optionalText(1000);
/** The first period the offer changes; default the next period not yet invoiced. */
const fromPeriod = periodField.optional();

/** An offer to put on the table, previewed before the client says yes. */
export const proposeOfferBody = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('holiday'),
      fromPeriod,
      /** Default the policy's holiday length. */
      periods: countField.optional(),
      overrideReason,
    })
    .strict(),
  z
    .object({
      kind: z.literal('reduction'),
      fromPeriod,
      periods: countField,
      /** Hundredths of a percent: 5000 is 50 %. */
      basisPoints: z.number().int().min(1).max(10_000),
      overrideReason,
    })
    .strict(),
  z.object({ kind: z.literal('downgrade'), fromPeriod, planId: z.uuid(), overrideReason }).strict(),
  z
    .object({
      kind: z.literal('pause'),
      fromPeriod,
      /** Service and billing resume with the first period starting on or after this date… */
      resumesOn: calendarDate.optional(),
      /** …or after this many periods. */
      periods: countField.optional(),
      overrideReason,
    })
    .strict()
    .refine((body) => (body.resumesOn === undefined) !== (body.periods === undefined), {
      message: 'Give either resumesOn or periods',
      path: ['resumesOn'],
    }),
]);

export const correctiveActionField = z
  .object({
    title: shortText(200),
    notes: optionalText(5000),
    /** Default whoever records the outcome. */
    assigneeUserId: z.uuid().nullable().optional(),
    dueOn: calendarDate.nullable().optional(),
  })
  .strict();

export const outcomeBody = z
  .object({
    outcome: z.enum(outcomes),
    note: optionalText(5000),
    /** Cancelled: billing stops from the first period starting on or after this date; default the next period. */
    effectiveOn: calendarDate.optional(),
    /** Cancelled: the post-mortem's first findings and its corrective actions (tasks). */
    postMortem: z
      .object({
        /** Default the case's reason. */
        reason: optionalText(2000),
        whatFailed: optionalText(5000),
        correctiveActions: z.array(correctiveActionField).max(20).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((body) => body.outcome === 'cancelled' || (!body.postMortem && !body.effectiveOn), {
    message: 'A post-mortem and an effective date go with a cancellation only',
    path: ['outcome'],
  });

export const caseParams = z.object({ id: z.uuid() }).strict();
export const offerParams = z.object({ id: z.uuid(), offerId: z.uuid() }).strict();

export const figuresQuery = z.object({ from: instantField.optional(), to: instantField.optional() }).strict();

// --- views ---------------------------------------------------------------------------

const person = z.object({ id: z.uuid().nullable(), name: z.string() });

export const offerView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  agreementId: z.uuid(),
  kind: z.enum(OFFER_KINDS),
  fromPeriod: z.number().int(),
  /** periods; basisPoints; planId, planName, priceMinor; resumesOn — by kind. */
  terms: z.record(z.string(), z.unknown()),
  status: z.enum(['proposed', 'accepted', 'declined']),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  /** "Billing returns to normal on …"; null for a downgrade. */
  returnsOn: z.string().nullable(),
  /** The next 12 invoices with the offer, less without it. */
  revenueEffectMinor: z.number().int(),
  /** Set when the owner went beyond the policy. */
  override: z.object({ reason: z.string(), policies: z.array(z.string()) }).nullable(),
  adjustmentId: z.uuid().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: person.nullable(),
  /** The plain confirmation given to the client, once accepted. */
  confirmation: z.string().nullable(),
  createdAt: z.string(),
});

const revenueSpanView = z.object({
  periods: z.number().int(),
  withoutMinor: z.number().int(),
  withMinor: z.number().int(),
  differenceMinor: z.number().int(),
});

const termView = z.object({ effectiveEnd: z.string().nullable(), commitmentEnd: z.string().nullable() });

/** The next 12 invoices side by side, from the billing core, and what the offer does to revenue. */
export const offerPreviewView = z.object({
  currency: z.string(),
  fromPeriod: z.number().int(),
  without: z.array(periodBillView),
  with: z.array(periodBillView),
  /** Over the 12 periods shown. */
  next12: revenueSpanView,
  /** Through the later end of both (moved term end or commitment end): a deferral shows as 0 here. */
  throughEnd: revenueSpanView,
  termWithout: termView,
  termWith: termView,
});

export const proposedOfferView = z.object({ offer: offerView, preview: offerPreviewView });
export const acceptedOfferView = z.object({
  offer: offerView,
  /** What to send or hand the client. */
  confirmation: z.string(),
  term: termView,
});

const postMortemView = z.object({
  id: z.uuid(),
  reason: z.string(),
  whatFailed: z.string().nullable(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  correctiveActions: z.array(
    z.object({
      taskId: z.uuid(),
      title: z.string(),
      dueOn: z.string().nullable(),
      doneAt: z.string().nullable(),
    }),
  ),
});

const caseFields = {
  id: z.uuid(),
  client: z.object({ id: z.uuid(), name: z.string() }),
  agreementId: z.uuid().nullable(),
  takenBy: person,
  calledAt: z.string(),
  reason: z.object({ code: z.string(), label: z.string() }),
  notes: z.string().nullable(),
  causes: z.array(z.string()),
  status: z.enum(CASE_STATUSES),
  outcomeAt: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  /** On an early cancellation during a holiday's payback: what was done with the rest. */
  deferredSettlement: z
    .object({
      kind: z.enum(['bill', 'waive']),
      amountMinor: z.number().int(),
      invoiceId: z.uuid().nullable(),
    })
    .nullable(),
  /** Kinds of the offers accepted on the case. */
  acceptedKinds: z.array(z.enum(OFFER_KINDS)),
  createdAt: z.string(),
};

export const saveCaseSummaryView = z.object(caseFields);
export const saveCasePage = z.object({
  items: z.array(saveCaseSummaryView),
  nextCursor: z.string().nullable(),
});

/** The relationship first (DESIGN.md: "the transaction is the result of the relationship"). */
export const relationshipView = z.object({
  since: z.string(),
  tenureDays: z.number().int(),
  /** Paid invoices to date; null for a stand-in, who does not see money. */
  lifetimeValueMinor: z.number().int().nullable(),
  currency: z.string(),
  lastContactAt: z.string().nullable(),
  openCallbacks: z.number().int(),
  overdueCallbacks: z.number().int(),
  openTasks: z.number().int(),
  /** Earlier save cases of this client (all of them outside a case). */
  earlierCases: z.number().int(),
  recentInteractions: z.array(
    z.object({
      id: z.uuid(),
      occurredAt: z.string(),
      channel: z.string(),
      direction: z.string(),
      summary: z.string(),
    }),
  ),
  /** The client's agreements; empty for a stand-in. */
  agreements: z.array(
    z.object({
      id: z.uuid(),
      description: z.string(),
      priceMinor: z.number().int(),
      interval: intervalField,
      status: z.string(),
      startsOn: z.string(),
    }),
  ),
});

export const saveCaseView = z.object({
  ...caseFields,
  relationship: relationshipView,
  /** Empty for a stand-in: offers are money. */
  offers: z.array(offerView),
  postMortem: postMortemView.nullable(),
});

export const activeAdjustmentsView = z.object({
  items: z.array(
    z.object({
      adjustmentId: z.uuid(),
      agreementId: z.uuid(),
      kind: z.string(),
      basisPoints: z.number().int().nullable(),
      startsOn: z.string(),
      endsOn: z.string(),
      /** "Billing returns to normal on …". */
      returnsOn: z.string(),
      /** The save case that granted it, when it came from the save desk. */
      saveCaseId: z.uuid().nullable(),
    }),
  ),
});

const offerFiguresView = z.object({
  kind: z.enum(OFFER_KINDS),
  offeredCases: z.number().int(),
  acceptedCases: z.number().int(),
  savedCases: z.number().int(),
  saveRateBasisPoints: z.number().int().nullable(),
});

export const saveFiguresView = z.object({
  currency: z.string(),
  cases: z.number().int(),
  open: z.number().int(),
  decided: z.number().int(),
  retained: z.number().int(),
  byStatus: z.record(z.string(), z.number().int()),
  /** Retained over decided cases, in basis points (6667 = 66.67 %). */
  saveRateBasisPoints: z.number().int().nullable(),
  byOffer: z.array(offerFiguresView),
  withoutOffer: z.object({
    decided: z.number().int(),
    retained: z.number().int(),
    saveRateBasisPoints: z.number().int().nullable(),
  }),
  /** Payment holidays granted on the save desk. */
  deferred: z.object({
    holidays: z.number().int(),
    /** Full price of the periods skipped so far. */
    deferredMinor: z.number().int(),
    /** Paid back by paid extension periods. */
    recoveredMinor: z.number().int(),
    /** Billed on an early cancellation, and waived on one. */
    billedOnCancelMinor: z.number().int(),
    waivedMinor: z.number().int(),
    /** Still to come back: deferred − recovered − billed − waived. */
    outstandingMinor: z.number().int(),
  }),
  /** Reductions granted on the save desk. */
  reductions: z.object({
    active: z.number().int(),
    upcoming: z.number().int(),
    /** Ended with the agreement still billing: back at full price. */
    returnedToFullPrice: z.number().int(),
    /** Cut short by a cancellation before the reduction ended. */
    endedByCancellation: z.number().int(),
  }),
});

export type CreateSaveCaseInput = z.infer<typeof createSaveCaseBody>;
export type UpdateSaveCaseInput = z.infer<typeof updateSaveCaseBody>;
export type ListSaveCasesQuery = z.infer<typeof listSaveCasesQuery>;
export type ProposeOfferInput = z.infer<typeof proposeOfferBody>;
export type OutcomeInput = z.infer<typeof outcomeBody>;
export type FiguresQuery = z.infer<typeof figuresQuery>;
export type OfferView = z.infer<typeof offerView>;
export type OfferPreviewView = z.infer<typeof offerPreviewView>;
export type ProposedOfferView = z.infer<typeof proposedOfferView>;
export type AcceptedOfferView = z.infer<typeof acceptedOfferView>;
export type SaveCaseSummaryView = z.infer<typeof saveCaseSummaryView>;
export type SaveCaseView = z.infer<typeof saveCaseView>;
export type RelationshipView = z.infer<typeof relationshipView>;
export type ActiveAdjustmentsView = z.infer<typeof activeAdjustmentsView>;
export type SaveFiguresView = z.infer<typeof saveFiguresView>;
