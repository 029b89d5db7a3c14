import type { ErrorDetail } from '../errors/app-error.ts';
import { isPriceMinor, MAX_PRICE_MINOR } from '../money/minor-units.ts';
import { MAX_TERM_PERIODS } from './agreement.ts';

/**
 * Adjustments are data, never edits of the price (DESIGN.md, Billing rules): each is a
 * kind and a validity in period indexes (period 0 starts on the agreement's start date),
 * and the invoice for a period is computed from all of them.
 *
 * Adding a kind (barter settlement of a share of each invoice, say): a member of
 * `Adjustment`, its place in the overlap rule below and in `treatmentOf`, a line kind in
 * invoice.ts with its branch in `billPeriod` if it changes an amount. The `never` checks
 * in `planBilling`, `adjustmentShapeProblems` and `validateAdjustment` make the compiler
 * list the rest. `invoiceFor`, `schedule` and the invoice's shape do not change — the
 * referral reward (`free_period`) was added exactly this way.
 *
 * When adjustments cover the same period, one rule decides, strongest first:
 *   1. cancellation — no invoice from its period on (the earliest cancellation counts);
 *   2. pause — no invoice for the period;
 *   3. payment holiday — an invoice at zero: the full price and a holiday line taking it
 *      off (overlapping holidays do not double anything: the period is simply on holiday);
 *   4. free period — an invoice at zero with a free-period line; it lands on the first
 *      period from its `fromPeriod` that is billed and would otherwise cost something
 *      (not paused, on holiday, already free or reduced to nothing), so a reward is
 *      never swallowed by another offer; several free periods take successive periods;
 *   5. reduction — reductions do not stack: the largest percentage covering the period
 *      applies (on a tie, the earliest by `fromPeriod`, then `id`), and none applies to a
 *      period already at zero;
 *   6. price change — not competing: it sets the base price the others work on; the
 *      latest `fromPeriod` at or before the period wins (then the greatest `id`).
 * Every tie is broken by data, never by the order the adjustments are passed in.
 */
export type Adjustment = PaymentHoliday | Pause | Reduction | PriceChange | FreePeriod | Cancellation;
export type AdjustmentKind = Adjustment['kind'];

export const ADJUSTMENT_KINDS = [
  'payment_holiday',
  'pause',
  'reduction',
  'price_change',
  'free_period',
  'cancellation',
] as const satisfies readonly AdjustmentKind[];

interface AdjustmentBase {
  /** The stored adjustment's id; cited by invoice lines and used to break ties. */
  id: string;
  /** The first period the adjustment applies to. */
  fromPeriod: number;
}

/**
 * `periods` periods invoiced at zero (with the full price shown) in return for as many
 * more paid periods: the term end — or, for an open-ended agreement, a commitment end
 * after the holiday — moves by `periods`. The skipped value is a deferred balance.
 */
export interface PaymentHoliday extends AdjustmentBase {
  kind: 'payment_holiday';
  periods: number;
}

/**
 * `periods` periods with no invoice and no service. Paused periods do not count toward a
 * fixed term, so its end moves by the periods paused; nothing is owed back. Resuming
 * "on a date" is the first period starting on or after it (`periodIndexOn` at the edge).
 */
export interface Pause extends AdjustmentBase {
  kind: 'pause';
  periods: number;
}

/** `basisPoints` off the base price for `periods` periods, then normal billing again. */
export interface Reduction extends AdjustmentBase {
  kind: 'reduction';
  periods: number;
  /** 1 … 10000 (0.01 % … 100 %). The owner's policy maximum is the edge's business. */
  basisPoints: number;
}

/** A new price per period from `fromPeriod` on: a downgrade, an upgrade, a re-price. */
export interface PriceChange extends AdjustmentBase {
  kind: 'price_change';
  priceMinor: number;
}

/** One period free, e.g. a referral reward. Does not move the term end. */
export interface FreePeriod extends AdjustmentBase {
  kind: 'free_period';
  /** Shown on the invoice line, e.g. "Referral reward". */
  description?: string;
}

/** Billing stops: no invoice from `fromPeriod` on. A commitment left unpaid stays visible. */
export interface Cancellation extends AdjustmentBase {
  kind: 'cancellation';
}

/** The adjustments that cover a run of whole periods. */
export type WindowAdjustment = PaymentHoliday | Pause | Reduction;

/** Whether `adjustment` covers period `index`. */
export function coversPeriod(adjustment: WindowAdjustment, index: number): boolean {
  return index >= adjustment.fromPeriod && index < adjustment.fromPeriod + adjustment.periods;
}

/** Sort order that makes every result independent of input order. */
export function byStartThenId(a: AdjustmentBase, b: AdjustmentBase): number {
  return a.fromPeriod - b.fromPeriod || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const isCount = (value: number, max: number) => Number.isSafeInteger(value) && value >= 1 && value <= max;

/**
 * Problems with one adjustment taken alone (whole numbers, ranges); empty when sound.
 * See `validateAdjustment` for the checks against the agreement and other adjustments.
 */
export function adjustmentShapeProblems(adjustment: Adjustment): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (typeof adjustment.id !== 'string' || adjustment.id === '') {
    problems.push({ path: 'id', message: 'An adjustment needs an id' });
  }
  if (!Number.isSafeInteger(adjustment.fromPeriod) || adjustment.fromPeriod < 0) {
    problems.push({ path: 'fromPeriod', message: 'The first period must be a whole number ≥ 0' });
  }
  switch (adjustment.kind) {
    case 'payment_holiday':
    case 'pause':
    case 'reduction':
      if (!isCount(adjustment.periods, MAX_TERM_PERIODS)) {
        problems.push({
          path: 'periods',
          message: `Periods must be a whole number from 1 to ${MAX_TERM_PERIODS}`,
        });
      }
      if (adjustment.kind === 'reduction' && !isCount(adjustment.basisPoints, 10_000)) {
        problems.push({ path: 'basisPoints', message: 'A reduction is from 0.01 % to 100 %' });
      }
      break;
    case 'price_change':
      if (!isPriceMinor(adjustment.priceMinor)) {
        problems.push({
          path: 'priceMinor',
          message: `Price must be a whole amount from 0 to ${MAX_PRICE_MINOR}`,
        });
      }
      break;
    case 'free_period':
    case 'cancellation':
      break;
    default:
      return unknownKind(adjustment);
  }
  return problems;
}

function unknownKind(adjustment: never): ErrorDetail[] {
  return [
    { path: 'kind', message: `Unknown adjustment kind ${JSON.stringify((adjustment as Adjustment).kind)}` },
  ];
}
