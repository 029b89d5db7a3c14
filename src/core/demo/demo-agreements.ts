import {
  type BillingCalendar,
  firstPeriodFrom,
  type Interval,
  periodOf,
  periodStart,
} from '../billing/index.ts';
import { MONTHS_PER_INTERVAL } from '../billing/periods.ts';
import { daysBetween, todayIn } from '../calendar/today-in.ts';
import type { AgingBucket } from '../ledger/aging.ts';
import type { DemoAgreement } from './demo-billing.ts';
import type { DemoBillingCast } from './demo-billing-cast.ts';
import type { DemoClient } from './demo-plan.ts';
import { monthlyPlanFor, PRICE_PLAN, pricePlan, pricePlanFor } from './demo-price-list.ts';
import { addDays, monthsBefore } from './demo-time.ts';
import type { Random } from './seeded-random.ts';

/** Agreements start within the past year, never before the client did. */
const OLDEST_START_DAYS = 350;
/** A fixed term runs a year: twelve months, four quarters, or one year. */
const TERM_PERIODS: Record<Interval, number> = { month: 12, quarter: 4, year: 1 };
const SAVE_DESK_PERIODS = 3;

export interface AgreementContext {
  rng: Random;
  today: string;
  timeZone: string;
  cast: DemoBillingCast;
}

/**
 * A client's agreement, by the part it plays: a paused client paused three months from
 * its call, a cancelled one cancelled from the period after it left, the save-desk
 * stories with their adjustment or credit, and everyone else on the plan that fits the
 * work, open-ended or for a year. Late payers get theirs from `latePayerAgreement`.
 */
export function agreementFor(context: AgreementContext, client: DemoClient, index: number): DemoAgreement {
  const { rng, today, cast } = context;
  const earliest = later(client.since, addDays(today, -OLDEST_START_DAYS));
  const monthly = monthlyPlanFor(client.profile);
  const make = (plan: number, startsOn: string, termEnd: string | null = null): DemoAgreement => ({
    client: index,
    plan,
    startsOn,
    termEnd,
    adjustments: [],
    credit: null,
    cancellation: null,
  });
  const endedOn = client.endedOn ?? today;

  if (client.profile.status === 'paused') {
    const agreement = make(monthly, between(rng, earliest, addDays(endedOn, -75)));
    agreement.adjustments.push({
      kind: 'pause',
      fromPeriod: firstPeriodFrom(calendarOf(agreement), endedOn),
      periods: SAVE_DESK_PERIODS,
      reason: 'Money is tight: paused for three months, with a monthly check-in',
    });
    return agreement;
  }
  if (client.profile.status === 'cancelled') {
    const agreement = make(monthly, between(rng, earliest, addDays(endedOn, -100)));
    const calendar = calendarOf(agreement);
    const effectiveOn = periodStart(calendar, firstPeriodFrom(calendar, endedOn));
    agreement.cancellation = { effectiveOn, reason: 'Budget cut; said no to a three-month reduction' };
    return agreement;
  }
  if (index === cast.holiday.client) {
    const { on } = cast.holiday;
    const agreement = make(monthly, between(rng, earliest, addDays(on, -60)));
    agreement.termEnd = termEndOf(calendarOf(agreement));
    agreement.adjustments.push({
      kind: 'payment_holiday',
      fromPeriod: firstPeriodFrom(calendarOf(agreement), on),
      periods: SAVE_DESK_PERIODS,
      reason: 'Bookings down about 15%: three months invoiced at zero; the term moves by three',
    });
    return agreement;
  }
  if (index === cast.reduction.client) {
    const { on } = cast.reduction;
    const agreement = make(monthly, between(rng, earliest, addDays(on, -60)));
    agreement.adjustments.push({
      kind: 'reduction',
      fromPeriod: firstPeriodFrom(calendarOf(agreement), on),
      periods: SAVE_DESK_PERIODS,
      basisPoints: 5_000,
      reason: 'Bookings down: half price for three months while the loyalty offer works',
    });
    return agreement;
  }
  if (index === cast.credit.client) {
    const { on, answeredAt } = cast.credit;
    const agreement = make(monthly, between(rng, earliest, addDays(on, -40)));
    const grantedOn = todayIn(answeredAt, context.timeZone);
    agreement.credit = {
      amountMinor: 5_000,
      fromPeriod: firstPeriodFrom(calendarOf(agreement), addDays(grantedOn, 1)),
      description: 'Credit: the contact form was down',
      grantedAt: answeredAt,
    };
    return agreement;
  }
  const plan = pricePlanFor(rng, client.profile);
  const agreement = make(plan, later(client.since, addDays(today, -rng.int(30, OLDEST_START_DAYS))));
  if (rng.chance(0.5)) agreement.termEnd = termEndOf(calendarOf(agreement));
  return agreement;
}

/** Days past due and plan for a late payer's unpaid invoice, by aging bucket (with 14-day terms). */
const LATE: Partial<Record<AgingBucket, { days: [number, number]; monthly: boolean }>> = {
  days1To30: { days: [3, 9], monthly: true },
  days31To60: { days: [35, 55], monthly: false },
  days61To90: { days: [63, 70], monthly: false },
};
export const LATE_BUCKETS = Object.keys(LATE) as AgingBucket[];

/**
 * An open-ended agreement whose latest invoice, issued `termsDays` plus a number of days
 * in `bucket` ago, is the one the client has not paid: monthly for a short delay, the
 * quarterly retainer for a long one, so no later invoice has been issued since.
 */
export function latePayerAgreement(
  context: AgreementContext,
  client: DemoClient,
  index: number,
  bucket: AgingBucket,
  termsDays: number,
): DemoAgreement {
  const { rng, today } = context;
  const late = LATE[bucket];
  if (!late) throw new RangeError(`No late payer is planned for ${bucket}`);
  const plan = late.monthly ? monthlyPlanFor(client.profile) : PRICE_PLAN.retainer;
  const interval = pricePlan(plan).interval;
  const issuedOn = addDays(today, -(rng.int(...late.days) + termsDays));
  const earliest = later(client.since, addDays(today, -OLDEST_START_DAYS));
  // A few periods paid on time before this one, where the calendar allows.
  let startsOn = issuedOn;
  for (let periods = rng.int(1, 4); periods > 0; periods--) {
    const candidate = monthsBefore(issuedOn, periods * MONTHS_PER_INTERVAL[interval]);
    const lands = periodStart({ startDate: candidate, interval }, periods) === issuedOn;
    if (candidate >= earliest && lands) {
      startsOn = candidate;
      break;
    }
  }
  return { client: index, plan, startsOn, termEnd: null, adjustments: [], credit: null, cancellation: null };
}

function calendarOf(agreement: DemoAgreement): BillingCalendar {
  return { startDate: agreement.startsOn, interval: pricePlan(agreement.plan).interval };
}

function termEndOf(calendar: BillingCalendar): string {
  return periodOf(calendar, TERM_PERIODS[calendar.interval] - 1).end;
}

const later = (a: string, b: string) => (a > b ? a : b);

/** A day from `from` to `to`, both included (`from` when the range is empty). */
function between(rng: Random, from: string, to: string): string {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
}
