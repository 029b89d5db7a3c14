import type { Adjustment } from '../billing/adjustments.ts';
import type { PolicyBreach } from './check-offer.ts';
import { isWindowOffer, type SaveOffer } from './offer.ts';
import { POLICY_LABELS, type SavePolicy } from './save-policy.ts';

type Window = { fromPeriod: number; periods: number };

const windowKinds = new Set(['payment_holiday', 'reduction', 'pause']);
const KIND_NAMES: Record<string, string> = {
  payment_holiday: 'a payment holiday',
  reduction: 'a reduction',
  pause: 'a pause',
};

const overlaps = (a: Window, b: Window) =>
  a.fromPeriod < b.fromPeriod + b.periods && b.fromPeriod < a.fromPeriod + a.periods;

/** Periods strictly between two windows that do not overlap. */
const gapBetween = (a: Window, b: Window) =>
  a.fromPeriod < b.fromPeriod
    ? b.fromPeriod - (a.fromPeriod + a.periods)
    : a.fromPeriod - (b.fromPeriod + b.periods);

/**
 * Whether the agreement's history lets it have this offer (DESIGN.md: "no stacking unless
 * the owner allows it", "cooldown"), as breaches of the policy the owner may override
 * like any other limit. Only what the billing core would accept is judged here: a holiday
 * or pause on periods another holiday or pause covers is refused by `validateAdjustment`
 * whatever the policy says, since the payback would be ambiguous.
 *
 * - Stacking: a holiday, pause or reduction on periods where another of them applies.
 *   With `allowStacking` the core's rule decides what each period bills (adjustments.ts):
 *   a pause or holiday beats a reduction, and of two reductions the larger applies.
 * - Cooldown: fewer than `cooldownPeriods` periods between this window and another.
 */
export function eligibilityBreaches(
  policy: SavePolicy,
  offer: SaveOffer,
  existing: readonly Adjustment[],
): PolicyBreach[] {
  if (!isWindowOffer(offer)) return [];
  const candidate: Window = { fromPeriod: offer.fromPeriod, periods: offer.periods };
  const isHolidayOrPause = offer.kind !== 'reduction';
  const windows = existing.filter(
    (a): a is Extract<Adjustment, { periods: number }> => windowKinds.has(a.kind) && 'periods' in a,
  );
  const breaches: PolicyBreach[] = [];

  const stacked = windows.find(
    (a) =>
      overlaps(a, candidate) && !(isHolidayOrPause && (a.kind === 'payment_holiday' || a.kind === 'pause')),
  );
  if (stacked && !policy.allowStacking) {
    breaches.push({
      policy: 'allowStacking',
      message: `${POLICY_LABELS.allowStacking} is off: these periods already have ${KIND_NAMES[stacked.kind]}`,
    });
  }
  if (policy.cooldownPeriods > 0) {
    const close = windows.find(
      (a) => !overlaps(a, candidate) && gapBetween(a, candidate) < policy.cooldownPeriods,
    );
    if (close) {
      breaches.push({
        policy: 'cooldownPeriods',
        message: `${POLICY_LABELS.cooldownPeriods} is ${policy.cooldownPeriods} periods (${KIND_NAMES[close.kind]} is ${gapBetween(close, candidate)} away)`,
      });
    }
  }
  return breaches;
}
