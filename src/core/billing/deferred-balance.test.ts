import { describe, expect, it } from 'vitest';
import { deferredBalance } from './deferred-balance.ts';
import { agreement, cancellation, fixedTerm, holiday, pause, priceChange } from './test-factories.ts';

describe('deferredBalance', () => {
  const year = fixedTerm(12);

  it('defers the skipped periods and recovers them as the extension periods are paid', () => {
    const recovered = [0, 1, 2, 3, 4].map((paid) => deferredBalance(year, [holiday(3, 3, 'h')], 'h', paid));
    expect(recovered[0]).toEqual({
      holidayId: 'h',
      skippedPeriods: [3, 4, 5],
      skippedMinor: 30_000,
      extensionPeriods: [12, 13, 14],
      recoveredMinor: 0,
      outstandingMinor: 30_000,
    });
    expect(recovered.map((b) => [b?.recoveredMinor, b?.outstandingMinor])).toEqual([
      [0, 30_000],
      [10_000, 20_000],
      [20_000, 10_000],
      [30_000, 0],
      [30_000, 0], // more paid periods than owed recover nothing more
    ]);
  });

  it('is paid back right after the holiday for an open-ended agreement', () => {
    expect(deferredBalance(agreement(), [holiday(2, 3, 'h')], 'h', 0)).toMatchObject({
      skippedPeriods: [2, 3, 4],
      extensionPeriods: [5, 6, 7],
    });
    expect(deferredBalance(agreement(), [holiday(2, 3, 'h'), pause(6, 2)], 'h', 0)?.extensionPeriods).toEqual(
      [5, 8, 9],
    );
  });

  it('values skipped periods at the price they had, and recovers them at that value', () => {
    const balance = deferredBalance(year, [holiday(1, 2, 'h'), priceChange(2, 4_000)], 'h', 1);
    expect(balance).toMatchObject({ skippedMinor: 14_000, recoveredMinor: 10_000, outstandingMinor: 4_000 });
  });

  it('owes only the periods inside the term as it would end without holidays', () => {
    // Periods 12 and 13 exist only because of the holiday: the client owes period 11 back.
    expect(deferredBalance(year, [holiday(11, 3, 'h')], 'h', 1)).toMatchObject({
      skippedPeriods: [11],
      extensionPeriods: [14],
      outstandingMinor: 0,
    });
    // A second holiday inside the first one's extension skips nothing that was owed.
    const both = [holiday(5, 3, 'a'), holiday(13, 2, 'b')];
    expect(deferredBalance(year, both, 'a', 0)).toMatchObject({ extensionPeriods: [12, 15, 16] });
    expect(deferredBalance(year, both, 'b', 0)).toMatchObject({ skippedPeriods: [], skippedMinor: 0 });
  });

  it('leaves the balance outstanding when the agreement is cancelled before the payback', () => {
    const balance = deferredBalance(year, [holiday(3, 3, 'h'), cancellation(4)], 'h', 0);
    expect(balance).toMatchObject({ skippedPeriods: [3], skippedMinor: 10_000, extensionPeriods: [12] });
  });

  it('knows only the holidays it is given', () => {
    expect(deferredBalance(year, [holiday(1, 1, 'h')], 'other', 1)).toBeNull();
  });
});
