import type { DemoPricePlan } from './demo-billing.ts';
import type { DemoClientProfile } from './demo-clients.ts';
import type { Random } from './seeded-random.ts';

/** The studio's price list, in US cents: two monthly plans, a quarterly retainer, a yearly membership. */
export const DEMO_PRICE_LIST: readonly DemoPricePlan[] = [
  { name: 'Website care', priceMinor: 14_900, interval: 'month' },
  { name: 'Social media & newsletter', priceMinor: 39_500, interval: 'month' },
  { name: 'Growth retainer', priceMinor: 240_000, interval: 'quarter' },
  { name: 'Brand membership', priceMinor: 180_000, interval: 'year' },
];

/** Indexes into `DEMO_PRICE_LIST`. */
export const PRICE_PLAN = { websiteCare: 0, social: 1, retainer: 2, membership: 3 } as const;

/** A plan of the price list by index. */
export function pricePlan(index: number): DemoPricePlan {
  const plan = DEMO_PRICE_LIST[index];
  if (!plan) throw new RangeError(`No plan ${index} on the demo's price list`);
  return plan;
}

const SOCIAL_WORK = ['social', 'newsletter', 'ads'];

/** The plan a client signed, from the work the studio does for it (its tags). */
export function pricePlanFor(rng: Random, profile: DemoClientProfile): number {
  if (profile.tags.includes('retainer')) return PRICE_PLAN.retainer;
  const isBrand = profile.tags.includes('branding') || profile.tags.includes('vip');
  if (isBrand && rng.chance(0.6)) return PRICE_PLAN.membership;
  return monthlyPlanFor(profile);
}

/** The monthly plan that fits a client: for stories told month by month (a pause, a holiday). */
export function monthlyPlanFor(profile: DemoClientProfile): number {
  return profile.tags.some((tag) => SOCIAL_WORK.includes(tag)) ? PRICE_PLAN.social : PRICE_PLAN.websiteCare;
}
