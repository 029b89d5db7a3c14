import { describe, expect, it } from 'vitest';
import { freePeriod, holiday, pause, priceChange, reduction } from '../billing/test-factories.ts';
import { eligibilityBreaches } from './eligibility.ts';
import type { SaveOffer } from './offer.ts';
import { DEFAULT_SAVE_POLICY } from './save-policy.ts';

const policy = DEFAULT_SAVE_POLICY;
const offer = (kind: 'holiday' | 'pause' | 'reduction', fromPeriod: number, periods: number): SaveOffer =>
  kind === 'reduction' ? { kind, fromPeriod, periods, basisPoints: 2_500 } : { kind, fromPeriod, periods };

describe('eligibilityBreaches', () => {
  it.each([
    ['a reduction over a holiday', offer('reduction', 4, 3), [holiday(5, 3)], ['allowStacking']],
    ['a reduction over a reduction', offer('reduction', 4, 3), [reduction(6, 3, 1_000)], ['allowStacking']],
    ['a reduction over a pause', offer('reduction', 4, 3), [pause(2, 3)], ['allowStacking']],
    ['a holiday over a reduction', offer('holiday', 4, 3), [reduction(0, 5, 1_000)], ['allowStacking']],
    // Left to the billing core, which refuses it whatever the policy.
    ['a holiday over a holiday', offer('holiday', 4, 3), [holiday(5, 3)], []],
    ['a pause over a holiday', offer('pause', 4, 3), [holiday(5, 3)], []],
    ['a reduction right after a holiday', offer('reduction', 7, 3), [holiday(4, 3)], []],
    [
      'a reduction beside a price change and a free period',
      offer('reduction', 4, 3),
      [priceChange(4, 10), freePeriod(5)],
      [],
    ],
  ] as const)('%s → %j', (_name, candidate, existing, expected) => {
    expect(eligibilityBreaches(policy, candidate, existing).map((b) => b.policy)).toEqual(expected);
  });

  it('allows stacking when the owner’s policy does', () => {
    expect(
      eligibilityBreaches({ ...policy, allowStacking: true }, offer('reduction', 4, 3), [holiday(5, 3)]),
    ).toEqual([]);
  });

  it('keeps a cooldown between windows, on either side', () => {
    const cooling = { ...policy, cooldownPeriods: 3 };
    const existing = [holiday(4, 3)]; // periods 4, 5, 6
    expect(eligibilityBreaches(cooling, offer('reduction', 8, 3), existing).map((b) => b.policy)).toEqual([
      'cooldownPeriods',
    ]);
    expect(eligibilityBreaches(cooling, offer('reduction', 10, 3), existing)).toEqual([]);
    expect(eligibilityBreaches(cooling, offer('reduction', 0, 2), existing).map((b) => b.policy)).toEqual([
      'cooldownPeriods',
    ]);
    expect(eligibilityBreaches(cooling, offer('reduction', 8, 3), existing)[0]?.message).toBe(
      'cooldown between offers is 3 periods (a payment holiday is 1 away)',
    );
  });

  it('has nothing to say about a downgrade', () => {
    const downgrade: SaveOffer = {
      kind: 'downgrade',
      fromPeriod: 4,
      planId: 'p',
      planName: 'Lite',
      priceMinor: 1,
    };
    expect(eligibilityBreaches(policy, downgrade, [holiday(4, 3), reduction(4, 3, 100)])).toEqual([]);
  });
});
