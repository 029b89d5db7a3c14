import { describe, expect, it } from 'vitest';
import { effectiveTermEnd } from './effective-term.ts';
import { periodsDueThrough } from './periods-due.ts';
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

describe('effectiveTermEnd', () => {
  const year = fixedTerm(12, { startDate: '2026-01-01' });

  it('is the signed term when nothing moves it', () => {
    const others = [reduction(0, 3, 2_000), priceChange(5, 5_000), freePeriod(2)];
    expect(effectiveTermEnd(year, others)).toEqual({
      periodCount: 12,
      endDate: '2026-12-31',
      commitmentPeriodCount: 12,
      commitmentEndDate: '2026-12-31',
    });
  });

  it('moves a fixed term by the periods of a holiday', () => {
    expect(effectiveTermEnd(year, [holiday(3, 3)])).toMatchObject({ periodCount: 15, endDate: '2027-03-31' });
  });

  it('moves it by a holiday reaching past the signed end, too', () => {
    expect(effectiveTermEnd(year, [holiday(11, 3)])).toMatchObject({ periodCount: 15 });
  });

  it('moves it by paused periods, and once per period when a pause and a holiday overlap', () => {
    expect(effectiveTermEnd(year, [pause(0, 2)]).periodCount).toBe(14);
    expect(effectiveTermEnd(year, [holiday(2, 3, 'h'), pause(3, 3, 'p')]).periodCount).toBe(16); // periods 2–5
  });

  it('ignores a holiday that would start after the agreement ended', () => {
    expect(effectiveTermEnd(year, [holiday(12, 3)]).periodCount).toBe(12);
  });

  it('lets a holiday in the extension of another move the end again', () => {
    expect(effectiveTermEnd(year, [holiday(5, 3, 'a'), holiday(13, 2, 'b')]).periodCount).toBe(17);
  });

  it('gives an open-ended agreement a commitment through the payback of its holiday', () => {
    // Holiday in periods 2–4 (Mar–May), paid back in 5–7 (Jun–Aug).
    expect(effectiveTermEnd(agreement({ startDate: '2026-01-01' }), [holiday(2, 3)])).toEqual({
      periodCount: null,
      endDate: null,
      commitmentPeriodCount: 8,
      commitmentEndDate: '2026-08-31',
    });
    expect(effectiveTermEnd(agreement(), []).commitmentPeriodCount).toBeNull();
    expect(effectiveTermEnd(agreement(), [pause(0, 3)]).commitmentPeriodCount).toBeNull();
  });

  it('pushes an open-ended commitment when a pause or a second holiday interrupts the payback', () => {
    expect(effectiveTermEnd(agreement(), [holiday(2, 3), pause(6, 2)]).commitmentPeriodCount).toBe(10);
    // 0–2 holiday, 3 repays, 4–5 holiday, 6–7 repay the first, 8–9 the second.
    expect(
      effectiveTermEnd(agreement(), [holiday(0, 3, 'a'), holiday(4, 2, 'b')]).commitmentPeriodCount,
    ).toBe(10);
  });

  it('is cut by a cancellation while the commitment stays visible', () => {
    expect(effectiveTermEnd(year, [holiday(3, 3), cancellation(6)])).toEqual({
      periodCount: 6,
      endDate: '2026-06-30',
      commitmentPeriodCount: 15,
      commitmentEndDate: '2027-03-31',
    });
    expect(effectiveTermEnd(agreement(), [cancellation(4)])).toMatchObject({
      periodCount: 4,
      endDate: '2026-05-30',
    });
    expect(effectiveTermEnd(agreement(), [cancellation(0)])).toMatchObject({ periodCount: 0, endDate: null });
  });
});

describe('periodsDueThrough', () => {
  const year = fixedTerm(12, { startDate: '2026-01-31' });

  it('lists the periods invoiced by a date, billing in advance', () => {
    expect(periodsDueThrough(year, [], '2026-01-30')).toEqual([]);
    expect(periodsDueThrough(year, [], '2026-01-31')).toEqual([0]);
    expect(periodsDueThrough(year, [], '2026-02-27')).toEqual([0]);
    expect(periodsDueThrough(year, [], '2026-02-28')).toEqual([0, 1]);
    expect(periodsDueThrough(year, [], '2030-01-01')).toHaveLength(12);
  });

  it('includes holiday periods (invoiced at zero) and leaves out paused and cancelled ones', () => {
    const adjustments = [holiday(1, 1), pause(2, 2), cancellation(6)];
    expect(periodsDueThrough(year, adjustments, '2030-01-01')).toEqual([0, 1, 4, 5]);
  });
});
