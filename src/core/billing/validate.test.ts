import { describe, expect, it } from 'vitest';
import type { Adjustment } from './adjustments.ts';
import { validateAgreement } from './agreement.ts';
import {
  agreement,
  cancellation,
  fixedTerm,
  freePeriod,
  holiday,
  pause,
  priceChange,
  reduction,
} from './test-factories.ts';
import { validateAdjustment } from './validate-adjustment.ts';

const paths = (problems: { path: string }[]) => problems.map((p) => p.path);

describe('validateAgreement', () => {
  it('accepts open-ended and fixed-term agreements', () => {
    expect(validateAgreement(agreement())).toEqual([]);
    expect(validateAgreement(fixedTerm(12, { currency: 'JPY', priceMinor: 0 }))).toEqual([]);
  });

  it.each([
    [{ startDate: '2026-02-30' }, 'startDate'],
    [{ startDate: '31/01/2026' }, 'startDate'],
    [{ interval: 'week' as never }, 'interval'],
    [{ priceMinor: -1 }, 'priceMinor'],
    [{ priceMinor: 10.5 }, 'priceMinor'],
    [{ priceMinor: 100_000_000_001 }, 'priceMinor'],
    [{ currency: 'eur' }, 'currency'],
    [{ termEnd: '2026-03-31' }, 'termEnd'], // periods from Jan 31 end on the 27th/30th
    [{ termEnd: '2026-01-30' }, 'termEnd'], // before the start
    [{ termEnd: '2126-12-30' }, 'termEnd'], // longer than 1200 periods
  ])('refuses %o', (overrides, path) => {
    expect(paths(validateAgreement(agreement(overrides)))).toEqual([path]);
  });
});

describe('validateAdjustment', () => {
  const year = fixedTerm(12);
  const check = (candidate: Adjustment, existing: Adjustment[] = []) =>
    paths(validateAdjustment(year, existing, candidate));

  it('accepts sound adjustments', () => {
    expect(check(holiday(3, 3))).toEqual([]);
    expect(check(reduction(0, 6, 5_000))).toEqual([]);
    expect(check(priceChange(4, 5_000))).toEqual([]);
    expect(check(freePeriod(2))).toEqual([]);
    expect(check(cancellation(5))).toEqual([]);
    expect(check(reduction(2, 3, 2_000, 'second'), [reduction(0, 6, 5_000)])).toEqual([]); // the core won't stack them
  });

  it.each<[Adjustment, string]>([
    [holiday(-1, 3), 'fromPeriod'],
    [holiday(1.5, 3), 'fromPeriod'],
    [holiday(0, 0), 'periods'],
    [pause(0, 1201), 'periods'],
    [reduction(0, 3, 0), 'basisPoints'],
    [reduction(0, 3, 10_001), 'basisPoints'],
    [priceChange(1, -5), 'priceMinor'],
    [{ ...freePeriod(1), id: '' }, 'id'],
    [{ kind: 'barter', id: 'x', fromPeriod: 0 } as unknown as Adjustment, 'kind'],
  ])('refuses the shape of %o', (candidate, path) => {
    expect(check(candidate)).toContain(path);
  });

  it('refuses an adjustment starting after the (moved) end or a cancellation', () => {
    expect(check(reduction(12, 1, 1_000))).toEqual(['fromPeriod']);
    expect(check(reduction(13, 1, 1_000, 'r'), [holiday(0, 2)])).toEqual([]);
    expect(check(freePeriod(5), [cancellation(5)])).toEqual(['fromPeriod']);
    expect(validateAdjustment(agreement(), [], reduction(500, 1, 1_000))).toEqual([]);
  });

  it('refuses overlapping holidays and pauses, a second cancellation, two price changes on a period, a reused id', () => {
    expect(check(pause(4, 2, 'p'), [holiday(3, 2, 'h')])).toEqual(['fromPeriod']);
    expect(check(holiday(0, 3, 'h2'), [holiday(2, 1, 'h')])).toEqual(['fromPeriod']);
    expect(check(holiday(5, 3, 'h2'), [holiday(2, 3, 'h')])).toEqual([]);
    expect(check(cancellation(3, 'c2'), [cancellation(8, 'c')])).toEqual(['kind']);
    expect(check(priceChange(3, 1, 'b'), [priceChange(3, 2, 'a')])).toEqual(['fromPeriod']);
    expect(check(holiday(1, 1, 'same'), [reduction(0, 2, 100, 'same')])).toEqual(['id']);
  });
});
