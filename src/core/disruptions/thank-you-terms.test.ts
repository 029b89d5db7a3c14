import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMoneyKind, type ThankYouChoice, thankYouApplication } from './thank-you-terms.ts';

describe('thankYouApplication', () => {
  it.each<[string, ThankYouChoice, number | null, object]>([
    [
      'a service credit',
      { kind: 'service_credit', terms: { amountMinor: 5_000 } },
      12_000,
      { via: 'credit', amountMinor: 5_000 },
    ],
    [
      "a free month is the next period's price",
      { kind: 'free_month', terms: {} },
      12_000,
      { via: 'credit', amountMinor: 12_000 },
    ],
    [
      'a discount is a reduction, valued per period',
      { kind: 'discount', terms: { basisPoints: 2_500, periods: 3 } },
      12_000,
      { via: 'reduction', basisPoints: 2_500, periods: 3, valueMinor: 9_000 },
    ],
    [
      'a discount rounds half up per period',
      { kind: 'discount', terms: { basisPoints: 5_000, periods: 2 } },
      1,
      { valueMinor: 2 },
    ],
    [
      'a gift goes on the timeline',
      { kind: 'gift', terms: { description: 'Flowers' } },
      null,
      { via: 'timeline', channel: 'other', summary: 'Thank-you gift: Flowers' },
    ],
    ['a note', { kind: 'handwritten_note', terms: {} }, null, { via: 'timeline', channel: 'letter' }],
    ['a call', { kind: 'call', terms: {} }, null, { via: 'timeline', channel: 'call' }],
    [
      'money without an agreement',
      { kind: 'service_credit', terms: { amountMinor: 1 } },
      null,
      { refused: expect.stringMatching(/no live agreement/) },
    ],
    [
      'a free month of a free period',
      { kind: 'free_month', terms: {} },
      0,
      { refused: expect.stringMatching(/costs nothing/) },
    ],
  ])('%s', (_name, choice, price, expected) => {
    expect(thankYouApplication(choice, price)).toMatchObject(expected);
  });

  it('applies money kinds through billing and nothing else', () => {
    const choice = fc.oneof(
      fc.record({
        kind: fc.constant('service_credit' as const),
        terms: fc.record({ amountMinor: fc.integer({ min: 1, max: 1e9 }) }),
      }),
      fc.record({ kind: fc.constant('free_month' as const), terms: fc.constant({}) }),
      fc.record({
        kind: fc.constant('discount' as const),
        terms: fc.record({
          basisPoints: fc.integer({ min: 1, max: 10_000 }),
          periods: fc.integer({ min: 1, max: 12 }),
        }),
      }),
      fc.record({
        kind: fc.constant('gift' as const),
        terms: fc.record({ description: fc.string({ minLength: 1 }) }),
      }),
      fc.record({
        kind: fc.constantFrom('handwritten_note' as const, 'call' as const),
        terms: fc.constant({}),
      }),
    ) as fc.Arbitrary<ThankYouChoice>;
    fc.assert(
      fc.property(choice, fc.integer({ min: 1, max: 1e9 }), (one, price) => {
        const applied = thankYouApplication(one, price);
        expect('refused' in applied).toBe(false);
        if ('refused' in applied) return;
        expect(applied.via === 'timeline').toBe(!isMoneyKind(one.kind));
        if (applied.via === 'credit') expect(applied.amountMinor).toBeGreaterThan(0);
        if (applied.via === 'reduction') {
          expect(applied.valueMinor).toBeGreaterThanOrEqual(0);
          expect(applied.valueMinor).toBeLessThanOrEqual(price * applied.periods);
        }
      }),
    );
  });
});
