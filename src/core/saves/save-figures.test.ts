import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OFFER_KINDS } from './offer.ts';
import { CASE_STATUSES, rateBasisPoints, type SaveCaseSummary, saveFigures } from './save-figures.ts';

describe('saveFigures', () => {
  it('is zero and rate-less with no cases', () => {
    const figures = saveFigures([]);
    expect(figures).toMatchObject({ cases: 0, decided: 0, retained: 0, saveRateBasisPoints: null });
    expect(figures.byOffer.map((o) => o.kind)).toEqual([...OFFER_KINDS]);
  });

  it('counts saves over decided cases, overall and by offer kind', () => {
    const cases: SaveCaseSummary[] = [
      { status: 'saved', accepted: ['holiday'], declined: ['reduction'] },
      { status: 'saved', accepted: ['reduction'], declined: [] },
      { status: 'downgraded', accepted: ['downgrade'], declined: [] },
      { status: 'cancelled', accepted: [], declined: ['holiday'] },
      { status: 'cancelled', accepted: [], declined: [] },
      { status: 'saved', accepted: [], declined: [] },
      { status: 'open', accepted: [], declined: ['pause'] },
    ];
    const figures = saveFigures(cases);
    expect(figures).toMatchObject({ cases: 7, open: 1, decided: 6, retained: 4, saveRateBasisPoints: 6_667 });
    expect(figures.byStatus).toEqual({ open: 1, saved: 3, downgraded: 1, paused: 0, cancelled: 2 });
    expect(figures.byOffer).toEqual([
      { kind: 'holiday', offeredCases: 2, acceptedCases: 1, savedCases: 1, saveRateBasisPoints: 5_000 },
      { kind: 'reduction', offeredCases: 2, acceptedCases: 1, savedCases: 1, saveRateBasisPoints: 5_000 },
      { kind: 'downgrade', offeredCases: 1, acceptedCases: 1, savedCases: 1, saveRateBasisPoints: 10_000 },
      { kind: 'pause', offeredCases: 0, acceptedCases: 0, savedCases: 0, saveRateBasisPoints: null },
    ]);
    expect(figures.withoutOffer).toEqual({ decided: 3, retained: 1, saveRateBasisPoints: 3_333 });
  });

  it('rounds rates half up in integers', () => {
    expect(rateBasisPoints(1, 3)).toBe(3_333);
    expect(rateBasisPoints(2, 3)).toBe(6_667);
    expect(rateBasisPoints(1, 20_000)).toBe(1); // 0.5 bp rounds up
    expect(rateBasisPoints(0, 0)).toBeNull();
  });

  it('gives the same figures for grouped cases as for the cases one by one', () => {
    const summaryArb = fc.record({
      status: fc.constantFrom(...CASE_STATUSES),
      accepted: fc.subarray([...OFFER_KINDS]),
      declined: fc.subarray([...OFFER_KINDS]),
      count: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(summaryArb, { maxLength: 12 }), (groups) => {
        const expanded = groups.flatMap(({ count, ...one }) => Array.from({ length: count }, () => one));
        expect(saveFigures(groups)).toEqual(saveFigures(expanded));
        const figures = saveFigures(groups);
        expect(figures.retained).toBeLessThanOrEqual(figures.decided);
        for (const offer of figures.byOffer) {
          expect(offer.savedCases).toBeLessThanOrEqual(offer.acceptedCases);
          expect(offer.acceptedCases).toBeLessThanOrEqual(offer.offeredCases);
        }
      }),
    );
  });
});
