import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holiday, pause, reduction } from '../billing/test-factories.ts';
import { checkOffer, policyBreaches } from './check-offer.ts';
import type { SaveOffer } from './offer.ts';
import { DEFAULT_SAVE_POLICY, type SavePolicy } from './save-policy.ts';

const policy = DEFAULT_SAVE_POLICY;
const holidayOffer = (periods: number, fromPeriod = 4): SaveOffer => ({
  kind: 'holiday',
  fromPeriod,
  periods,
});
const reductionOffer = (basisPoints: number, periods: number, fromPeriod = 4): SaveOffer => ({
  kind: 'reduction',
  fromPeriod,
  periods,
  basisPoints,
});
const pauseOffer = (periods: number, fromPeriod = 4): SaveOffer => ({ kind: 'pause', fromPeriod, periods });
const downgrade: SaveOffer = {
  kind: 'downgrade',
  fromPeriod: 4,
  planId: 'p',
  planName: 'Lite',
  priceMinor: 500,
};

describe('policyBreaches', () => {
  it.each([
    ['a 3-period holiday', holidayOffer(3), []],
    ['a 4-period holiday', holidayOffer(4), ['holidayMaxPeriods']],
    ['50 % for 3', reductionOffer(5_000, 3), []],
    ['50 % for 6', reductionOffer(5_000, 6), []],
    ['60 % for 3', reductionOffer(6_000, 3), ['reductionMaxBasisPoints']],
    ['50 % for 7', reductionOffer(5_000, 7), ['reductionMaxPeriods']],
    ['20 % for 2', reductionOffer(2_000, 2), ['reductionMinPeriods']],
    ['60 % for 7', reductionOffer(6_000, 7), ['reductionMaxBasisPoints', 'reductionMaxPeriods']],
    ['a 3-period pause', pauseOffer(3), []],
    ['a 4-period pause', pauseOffer(4), ['pauseMaxPeriods']],
    ['a downgrade', downgrade, []],
  ] as const)('%s → %j', (_name, offer, expected) => {
    expect(policyBreaches(policy, offer).map((b) => b.policy)).toEqual(expected);
  });

  it('names the limit and what was asked, in words', () => {
    expect(policyBreaches(policy, reductionOffer(6_000, 7)).map((b) => b.message)).toEqual([
      'reduction maximum percent is 50% (asked 60%)',
      'reduction maximum length is 6 periods (asked 7 periods)',
    ]);
  });
});

describe('checkOffer', () => {
  const beyond = reductionOffer(6_000, 3);

  it('lets staff grant within the policy, and not beyond it', () => {
    expect(checkOffer(policy, 'staff', holidayOffer(3))).toEqual({
      ok: true,
      overridden: false,
      breaches: [],
    });
    const refused = checkOffer(policy, 'staff', beyond, { override: 'Long-standing client' });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.message).toBe(
      'Beyond the save policy: reduction maximum percent is 50% (asked 60%). Only the owner may go beyond it',
    );
  });

  it('lets the owner go beyond the policy only with a reason, and marks it an override', () => {
    const withoutReason = checkOffer(policy, 'owner', beyond, { override: '   ' });
    expect(withoutReason.ok).toBe(false);
    expect(withoutReason.ok ? '' : withoutReason.message).toMatch(/To override it, give a reason$/);
    const withReason = checkOffer(policy, 'owner', beyond, { override: 'Client of 12 years' });
    expect(withReason).toMatchObject({ ok: true, overridden: true });
    expect(checkOffer(policy, 'owner', holidayOffer(2), { override: 'unneeded' })).toMatchObject({
      ok: true,
      overridden: false,
    });
  });

  it('never lets a stand-in grant, and leaves everything to the owner when staff may not grant', () => {
    expect(checkOffer(policy, 'stand_in', holidayOffer(1))).toMatchObject({
      ok: false,
      breaches: [{ policy: 'role' }],
    });
    const ownerOnly: SavePolicy = { ...policy, staffMayGrant: false };
    expect(checkOffer(ownerOnly, 'staff', holidayOffer(1))).toMatchObject({
      ok: false,
      breaches: [{ policy: 'staffMayGrant' }],
    });
    expect(checkOffer(ownerOnly, 'owner', holidayOffer(1)).ok).toBe(true);
  });

  it('counts stacking as a breach of the policy the owner may override', () => {
    const existing = [holiday(5, 2, 'h')];
    const stacked = reductionOffer(2_000, 3, 4);
    expect(checkOffer(policy, 'staff', stacked, { existing })).toMatchObject({
      ok: false,
      breaches: [{ policy: 'allowStacking' }],
    });
    expect(checkOffer(policy, 'owner', stacked, { existing, override: 'One-off' })).toMatchObject({
      ok: true,
      overridden: true,
    });
    expect(checkOffer({ ...policy, allowStacking: true }, 'staff', stacked, { existing }).ok).toBe(true);
    // A later start does not stack.
    expect(checkOffer(policy, 'staff', reductionOffer(2_000, 3, 7), { existing }).ok).toBe(true);
    expect(
      checkOffer(policy, 'staff', reductionOffer(2_000, 3, 7), {
        existing: [pause(1, 1), reduction(20, 3, 1)],
      }).ok,
    ).toBe(true);
  });
});

// --- properties ----------------------------------------------------------------------

const policyArb: fc.Arbitrary<SavePolicy> = fc
  .record({
    holidayMaxPeriods: fc.integer({ min: 1, max: 12 }),
    reductionMaxBasisPoints: fc.integer({ min: 1, max: 10_000 }),
    reductionMinPeriods: fc.integer({ min: 1, max: 6 }),
    reductionSpan: fc.integer({ min: 0, max: 6 }),
    pauseMaxPeriods: fc.integer({ min: 1, max: 12 }),
    staffMayGrant: fc.boolean(),
    deferredOnEarlyCancel: fc.constantFrom('bill' as const, 'waive' as const),
  })
  .map(({ reductionSpan, ...rest }) => ({
    ...DEFAULT_SAVE_POLICY,
    ...rest,
    holidayDefaultPeriods: 1,
    reductionMaxPeriods: rest.reductionMinPeriods + reductionSpan,
  }));

const offerArb: fc.Arbitrary<SaveOffer> = fc.oneof(
  fc.record({ fromPeriod: fc.nat(24), periods: fc.integer({ min: 1, max: 15 }) }).map((o) => ({
    kind: 'holiday' as const,
    ...o,
  })),
  fc
    .record({
      fromPeriod: fc.nat(24),
      periods: fc.integer({ min: 1, max: 15 }),
      basisPoints: fc.integer({ min: 1, max: 10_000 }),
    })
    .map((o) => ({ kind: 'reduction' as const, ...o })),
  fc.record({ fromPeriod: fc.nat(24), periods: fc.integer({ min: 1, max: 15 }) }).map((o) => ({
    kind: 'pause' as const,
    ...o,
  })),
);

/** Whether the offer is inside the policy, stated independently of the implementation. */
function isWithin(policy: SavePolicy, offer: SaveOffer): boolean {
  switch (offer.kind) {
    case 'holiday':
      return offer.periods <= policy.holidayMaxPeriods;
    case 'reduction':
      return (
        offer.basisPoints <= policy.reductionMaxBasisPoints &&
        offer.periods >= policy.reductionMinPeriods &&
        offer.periods <= policy.reductionMaxPeriods
      );
    case 'pause':
      return offer.periods <= policy.pauseMaxPeriods;
    default:
      return true;
  }
}

describe('checkOffer properties', () => {
  it('staff: granted exactly when within the policy and the policy lets staff grant', () => {
    fc.assert(
      fc.property(policyArb, offerArb, fc.option(fc.string()), (policy, offer, override) => {
        const check = checkOffer(policy, 'staff', offer, { override });
        expect(check.ok).toBe(policy.staffMayGrant && isWithin(policy, offer));
        if (check.ok) expect(check.overridden).toBe(false);
      }),
    );
  });

  it('owner: within is granted; beyond is granted only with a reason, as an override naming each limit', () => {
    fc.assert(
      fc.property(policyArb, offerArb, fc.option(fc.string({ maxLength: 5 })), (policy, offer, override) => {
        const check = checkOffer(policy, 'owner', offer, { override });
        const hasReason = (override ?? '').trim() !== '';
        if (isWithin(policy, offer)) {
          expect(check).toEqual({ ok: true, overridden: false, breaches: [] });
        } else {
          expect(check.ok).toBe(hasReason);
          expect(check.breaches.length).toBeGreaterThan(0);
          if (check.ok) expect(check.overridden).toBe(true);
          else for (const breach of check.breaches) expect(check.message).toContain(breach.message);
        }
      }),
    );
  });

  it('a stand-in is never granted anything', () => {
    fc.assert(
      fc.property(policyArb, offerArb, fc.string(), (policy, offer, override) => {
        expect(checkOffer(policy, 'stand_in', offer, { override }).ok).toBe(false);
      }),
    );
  });
});
