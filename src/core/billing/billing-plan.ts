import { percentOf } from '../money/percent-of.ts';
import {
  type Adjustment,
  adjustmentShapeProblems,
  byStartThenId,
  type Cancellation,
  coversPeriod,
  type FreePeriod,
  type Pause,
  type PaymentHoliday,
  type PriceChange,
  type Reduction,
} from './adjustments.ts';
import { type BillingAgreement, signedTermPeriods, validateAgreement } from './agreement.ts';

/**
 * An agreement and its adjustments resolved once into the facts every period needs: where
 * the term ends, which period each free period lands on, and which paid periods pay back
 * each holiday. `invoiceFor`, `schedule`, `effectiveTermEnd` and `deferredBalance` are
 * all read off this one plan, so they cannot disagree.
 */
export interface BillingPlan {
  agreement: BillingAgreement;
  /** Periods in the term as signed; null when open-ended. */
  signedTermPeriods: number | null;
  /** The term as moved by holidays and pauses (not cut by a cancellation); null when open-ended. */
  termPeriods: number | null;
  /** The earliest cancellation, if any. */
  cancellation: Cancellation | null;
  /** Periods the client has committed to (see `effectiveTermEnd`); null when none. */
  commitmentPeriods: number | null;
  pauses: Pause[];
  holidays: PaymentHoliday[];
  reductions: Reduction[];
  priceChanges: PriceChange[];
  /** Period index → the free period that landed on it. */
  freePeriods: ReadonlyMap<number, FreePeriod>;
  /** Holiday id → the periods it skipped that are owed, and the periods that pay them back. */
  deferrals: ReadonlyMap<string, HolidayDeferral>;
}

/** The owed periods a holiday skipped and, one for one in order, the periods paying them back. */
export interface HolidayDeferral {
  skippedPeriods: number[];
  extensionPeriods: number[];
}

/** How one period is billed once every adjustment has had its say. */
export type PeriodTreatment =
  | { billed: false; reason: 'after_end' | 'cancelled' | 'paused'; source: Pause | Cancellation | null }
  | {
      billed: true;
      /** The base price in effect (the agreement's, or the latest price change). */
      priceMinor: number;
      holiday: PaymentHoliday | null;
      free: FreePeriod | null;
      reduction: Reduction | null;
    };

/** Resolves an agreement and its adjustments. Throws RangeError on an invalid agreement or adjustment. */
export function planBilling(agreement: BillingAgreement, adjustments: readonly Adjustment[]): BillingPlan {
  assertValid(agreement, adjustments);
  const sorted = [...adjustments].sort(byStartThenId);
  const pauses: Pause[] = [];
  const holidays: PaymentHoliday[] = [];
  const reductions: Reduction[] = [];
  const priceChanges: PriceChange[] = [];
  const frees: FreePeriod[] = [];
  const cancellations: Cancellation[] = [];
  for (const adjustment of sorted) {
    switch (adjustment.kind) {
      case 'pause':
        pauses.push(adjustment);
        break;
      case 'payment_holiday':
        holidays.push(adjustment);
        break;
      case 'reduction':
        reductions.push(adjustment);
        break;
      case 'price_change':
        priceChanges.push(adjustment);
        break;
      case 'free_period':
        frees.push(adjustment);
        break;
      case 'cancellation':
        cancellations.push(adjustment);
        break;
      default:
        throw unhandled(adjustment);
    }
  }

  const signed = signedTermPeriods(agreement);
  const withoutHolidays = signed === null ? null : extendTerm(signed, pauses);
  const termPeriods = signed === null ? null : extendTerm(signed, [...pauses, ...holidays]);
  const plan: BillingPlan = {
    agreement,
    signedTermPeriods: signed,
    termPeriods,
    cancellation: cancellations[0] ?? null,
    commitmentPeriods: null,
    pauses,
    holidays,
    reductions,
    priceChanges,
    freePeriods: new Map(),
    deferrals: new Map(),
  };
  const { deferrals, commitmentPeriods } = planDeferrals(plan, withoutHolidays);
  return { ...plan, deferrals, commitmentPeriods, freePeriods: placeFreePeriods(plan, frees) };
}

/** The treatment of period `index` under `plan` (see the overlap rule in adjustments.ts). */
export function treatmentOf(plan: BillingPlan, index: number): PeriodTreatment {
  if (plan.termPeriods !== null && index >= plan.termPeriods) {
    return { billed: false, reason: 'after_end', source: null };
  }
  if (plan.cancellation && index >= plan.cancellation.fromPeriod) {
    return { billed: false, reason: 'cancelled', source: plan.cancellation };
  }
  const pause = plan.pauses.find((p) => coversPeriod(p, index));
  if (pause) return { billed: false, reason: 'paused', source: pause };

  const holiday = plan.holidays.find((h) => coversPeriod(h, index)) ?? null;
  const free = holiday ? null : (plan.freePeriods.get(index) ?? null);
  return {
    billed: true,
    priceMinor: priceAt(plan, index),
    holiday,
    free,
    reduction: holiday || free ? null : largestReductionAt(plan, index),
  };
}

/** The base price in effect for period `index`: the agreement's, or the latest price change. */
export function priceAt(plan: BillingPlan, index: number): number {
  let price = plan.agreement.priceMinor;
  // Sorted by (fromPeriod, id), so the last one started wins, and of equals the greatest id.
  for (const change of plan.priceChanges) if (change.fromPeriod <= index) price = change.priceMinor;
  return price;
}

function largestReductionAt(plan: BillingPlan, index: number): Reduction | null {
  let best: Reduction | null = null;
  for (const reduction of plan.reductions) {
    // Strictly larger only: on a tie the earlier (sorted) reduction keeps the period.
    if (coversPeriod(reduction, index) && (!best || reduction.basisPoints > best.basisPoints))
      best = reduction;
  }
  return best;
}

/** A term of `signed` periods in which covered periods do not count: its end moves past them. */
function extendTerm(signed: number, windows: readonly (Pause | PaymentHoliday)[]): number {
  let index = 0;
  let counted = 0;
  while (counted < signed) {
    if (!windows.some((w) => coversPeriod(w, index))) counted += 1;
    index += 1;
  }
  return index;
}

/**
 * Which paid periods pay back which skipped ones, first skipped first repaid. For a fixed
 * term a skipped period is owed if it lies inside the term as it would end without
 * holidays, and the paid periods after that point repay them: the client pays exactly as
 * many periods as signed. For an open-ended agreement every skipped period is owed and the
 * next paid periods repay it; the commitment ends when the last one is repaid.
 */
function planDeferrals(plan: BillingPlan, withoutHolidays: number | null) {
  const deferrals = new Map<string, HolidayDeferral>();
  for (const holiday of plan.holidays)
    deferrals.set(holiday.id, { skippedPeriods: [], extensionPeriods: [] });
  const owedBefore = withoutHolidays ?? Number.POSITIVE_INFINITY;
  const repaysFrom = withoutHolidays ?? 0;
  const lastHolidayEnd = Math.max(0, ...plan.holidays.map((h) => h.fromPeriod + h.periods));
  const queue: HolidayDeferral[] = [];
  let lastRepaid = -1;

  for (let index = 0; ; index++) {
    if (
      plan.termPeriods !== null ? index >= plan.termPeriods : index >= lastHolidayEnd && queue.length === 0
    ) {
      break;
    }
    if (plan.pauses.some((p) => coversPeriod(p, index))) continue;
    const holiday = plan.holidays.find((h) => coversPeriod(h, index));
    const deferral = holiday && deferrals.get(holiday.id);
    if (deferral) {
      if (index < owedBefore) {
        deferral.skippedPeriods.push(index);
        queue.push(deferral);
      }
      continue;
    }
    const repaid = index >= repaysFrom ? queue.shift() : undefined;
    if (repaid) {
      repaid.extensionPeriods.push(index);
      lastRepaid = index;
    }
  }

  let commitmentPeriods: number | null = plan.termPeriods;
  if (plan.termPeriods === null && plan.holidays.length > 0)
    commitmentPeriods = Math.max(lastHolidayEnd, lastRepaid + 1);
  return { deferrals, commitmentPeriods };
}

/** Lands each free period, in (fromPeriod, id) order, on the first period it can make free. */
function placeFreePeriods(plan: BillingPlan, frees: readonly FreePeriod[]): Map<number, FreePeriod> {
  const placed = new Map<number, FreePeriod>();
  // Past every adjustment's last boundary all periods are alike, so if none up to there
  // (plus the ones other free periods took) can take it, no later one can either.
  const boundaries = [
    ...[...plan.pauses, ...plan.holidays, ...plan.reductions].map((a) => a.fromPeriod + a.periods),
    ...plan.priceChanges.map((c) => c.fromPeriod + 1),
    ...frees.map((f) => f.fromPeriod),
  ];
  const searchLimit = Math.max(0, ...boundaries) + frees.length + 1;
  for (const free of frees) {
    for (let index = free.fromPeriod; index <= searchLimit; index++) {
      if (placed.has(index)) continue;
      const treatment = treatmentOf(plan, index);
      if (!treatment.billed) {
        if (treatment.reason === 'paused') continue;
        break; // the term is over or cancelled: the reward has nowhere to go
      }
      if (treatment.holiday) continue;
      const reduced = treatment.reduction
        ? percentOf(treatment.priceMinor, treatment.reduction.basisPoints)
        : 0;
      if (treatment.priceMinor - reduced > 0) {
        placed.set(index, free);
        break;
      }
    }
  }
  return placed;
}

function assertValid(agreement: BillingAgreement, adjustments: readonly Adjustment[]): void {
  const problems = [
    ...validateAgreement(agreement).map((p) => `agreement.${p.path}: ${p.message}`),
    ...adjustments.flatMap((a) =>
      adjustmentShapeProblems(a).map((p) => `adjustment ${a.id} ${p.path}: ${p.message}`),
    ),
  ];
  if (problems.length > 0) throw new RangeError(`Invalid billing input: ${problems.join('; ')}`);
}

function unhandled(adjustment: never): Error {
  return new RangeError(`Unknown adjustment kind ${JSON.stringify((adjustment as Adjustment).kind)}`);
}
