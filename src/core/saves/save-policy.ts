import type { ErrorDetail } from '../errors/app-error.ts';

/** What the workspace does with a holiday's unpaid value when the client leaves before paying it back. */
export const DEFERRED_ON_EARLY_CANCEL = ['bill', 'waive'] as const;
export type DeferredOnEarlyCancel = (typeof DEFERRED_ON_EARLY_CANCEL)[number];

/**
 * How far the save desk may go without asking the owner (DESIGN.md, capability C). Lengths
 * are in billing periods of the agreement (a month, a quarter or a year), percentages in
 * basis points (5000 = 50 %). Staff grant within these limits; only the owner goes beyond
 * them, and then with a reason that is recorded on the offer.
 */
export interface SavePolicy {
  /** The holiday length offered first (the article's "90 days" is three monthly periods). */
  holidayDefaultPeriods: number;
  /** The longest payment holiday staff may grant. */
  holidayMaxPeriods: number;
  /** The deepest reduction staff may grant, in basis points (the article: "as much as 50 %"). */
  reductionMaxBasisPoints: number;
  /** Reduction length: from … to periods (the article: "for three to six months"). */
  reductionMinPeriods: number;
  reductionMaxPeriods: number;
  /** The longest pause staff may grant. */
  pauseMaxPeriods: number;
  /** Staff may grant offers within the policy; when false every offer is the owner's. */
  staffMayGrant: boolean;
  /**
   * A second holiday, pause or reduction on periods already covered by one. Off: refused.
   * On: the billing core's overlap rule decides (holidays and pauses never overlap each
   * other; the largest reduction applies; a holiday or pause beats a reduction).
   */
  allowStacking: boolean;
  /** Periods after one holiday or reduction ends before the next may start; 0 for none. */
  cooldownPeriods: number;
  /** A client who cancels before paying a holiday back: bill what is left, or waive it. */
  deferredOnEarlyCancel: DeferredOnEarlyCancel;
}

export const DEFAULT_SAVE_POLICY: Readonly<SavePolicy> = Object.freeze({
  holidayDefaultPeriods: 3,
  holidayMaxPeriods: 3,
  reductionMaxBasisPoints: 5_000,
  reductionMinPeriods: 3,
  reductionMaxPeriods: 6,
  pauseMaxPeriods: 3,
  staffMayGrant: true,
  allowStacking: false,
  cooldownPeriods: 0,
  deferredOnEarlyCancel: 'bill',
});

/** Names people read: a refusal says which limit of the policy it hit in these words. */
export const POLICY_LABELS: Readonly<Record<keyof SavePolicy, string>> = {
  holidayDefaultPeriods: 'payment holiday default length',
  holidayMaxPeriods: 'payment holiday maximum length',
  reductionMaxBasisPoints: 'reduction maximum percent',
  reductionMinPeriods: 'reduction minimum length',
  reductionMaxPeriods: 'reduction maximum length',
  pauseMaxPeriods: 'pause maximum length',
  staffMayGrant: 'staff may grant offers',
  allowStacking: 'stacking offers',
  cooldownPeriods: 'cooldown between offers',
  deferredOnEarlyCancel: 'deferred balance on early cancellation',
};

/** The longest window any policy may allow: five years of monthly periods. */
export const MAX_POLICY_PERIODS = 60;

/**
 * Problems with a whole policy (each field and the fields together), as details for an
 * `invalid_input` error; empty when valid. The API's schema checks types; this checks sense.
 */
export function savePolicyProblems(policy: SavePolicy): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const count = (field: keyof SavePolicy, value: number, min: number) => {
    if (!Number.isSafeInteger(value) || value < min || value > MAX_POLICY_PERIODS) {
      problems.push({
        path: field,
        message: `A whole number of periods from ${min} to ${MAX_POLICY_PERIODS}`,
      });
    }
  };
  count('holidayDefaultPeriods', policy.holidayDefaultPeriods, 1);
  count('holidayMaxPeriods', policy.holidayMaxPeriods, 1);
  count('reductionMinPeriods', policy.reductionMinPeriods, 1);
  count('reductionMaxPeriods', policy.reductionMaxPeriods, 1);
  count('pauseMaxPeriods', policy.pauseMaxPeriods, 1);
  count('cooldownPeriods', policy.cooldownPeriods, 0);
  const bp = policy.reductionMaxBasisPoints;
  if (!Number.isSafeInteger(bp) || bp < 1 || bp > 10_000) {
    problems.push({ path: 'reductionMaxBasisPoints', message: 'From 1 (0.01 %) to 10000 (100 %)' });
  }
  if (policy.holidayDefaultPeriods > policy.holidayMaxPeriods) {
    problems.push({
      path: 'holidayDefaultPeriods',
      message: 'The default holiday is longer than the maximum',
    });
  }
  if (policy.reductionMinPeriods > policy.reductionMaxPeriods) {
    problems.push({ path: 'reductionMinPeriods', message: 'The minimum length is above the maximum' });
  }
  if (!DEFERRED_ON_EARLY_CANCEL.includes(policy.deferredOnEarlyCancel)) {
    problems.push({
      path: 'deferredOnEarlyCancel',
      message: `One of ${DEFERRED_ON_EARLY_CANCEL.join(', ')}`,
    });
  }
  return problems;
}
