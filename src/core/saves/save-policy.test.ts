import { describe, expect, it } from 'vitest';
import { formatDayList, formatMoney } from './plain-format.ts';
import { DEFAULT_SAVE_REASONS, reasonLabel, saveReasonProblems } from './reasons.ts';
import { DEFAULT_SAVE_POLICY, savePolicyProblems } from './save-policy.ts';

describe('savePolicyProblems', () => {
  it('accepts the defaults: 3-period holiday, 50 % for 3–6 periods, bill on early cancel', () => {
    expect(savePolicyProblems(DEFAULT_SAVE_POLICY)).toEqual([]);
    expect(DEFAULT_SAVE_POLICY).toMatchObject({
      holidayMaxPeriods: 3,
      reductionMaxBasisPoints: 5_000,
      reductionMinPeriods: 3,
      reductionMaxPeriods: 6,
      deferredOnEarlyCancel: 'bill',
    });
  });

  it.each([
    [{ holidayMaxPeriods: 0 }, 'holidayMaxPeriods'],
    [{ holidayMaxPeriods: 2.5 }, 'holidayMaxPeriods'],
    [{ reductionMaxBasisPoints: 10_001 }, 'reductionMaxBasisPoints'],
    [{ reductionMinPeriods: 7 }, 'reductionMinPeriods'],
    [{ holidayDefaultPeriods: 4 }, 'holidayDefaultPeriods'],
    [{ cooldownPeriods: -1 }, 'cooldownPeriods'],
    [{ deferredOnEarlyCancel: 'forget' as 'bill' }, 'deferredOnEarlyCancel'],
  ])('refuses %j', (change, path) => {
    expect(savePolicyProblems({ ...DEFAULT_SAVE_POLICY, ...change }).map((p) => p.path)).toContain(path);
  });
});

describe('save reasons', () => {
  it('start with the issue’s taxonomy', () => {
    expect(DEFAULT_SAVE_REASONS.map((r) => r.code)).toEqual([
      'cant_afford',
      'business_closing',
      'not_using',
      'unhappy_service',
      'switching_provider',
      'other',
    ]);
    expect(saveReasonProblems(DEFAULT_SAVE_REASONS)).toEqual([]);
  });

  it('refuse an empty list, a bad or repeated code and a blank label', () => {
    expect(saveReasonProblems([])).toHaveLength(1);
    expect(
      saveReasonProblems([
        { code: 'Bad Code', label: 'x' },
        { code: 'other', label: 'Other' },
        { code: 'other', label: ' ' },
      ]).map((p) => p.path),
    ).toEqual(['reasons.0.code', 'reasons.2.code', 'reasons.2.label']);
  });

  it('label a removed code with the code itself', () => {
    expect(reasonLabel(DEFAULT_SAVE_REASONS, 'cant_afford')).toBe('Can’t afford it');
    expect(reasonLabel(DEFAULT_SAVE_REASONS, 'gone')).toBe('gone');
  });
});

describe('plain formats', () => {
  it('lists days with each year once and formats money exactly', () => {
    expect(formatDayList(['2026-12-24'])).toBe('24 Dec 2026');
    expect(formatDayList(['2026-11-24', '2026-12-24', '2027-01-24'])).toBe(
      '24 Nov, 24 Dec 2026 and 24 Jan 2027',
    );
    expect(formatMoney(12_000, 'EUR')).toBe('€120.00');
    expect(formatMoney(1_000, 'JPY')).toBe('¥1,000');
    expect(formatMoney(1_234_567, 'KWD')).toBe('KWD\u00a01,234.567');
    expect(formatMoney(9_007_199_254_740_991, 'USD')).toBe('$90,071,992,547,409.91');
  });
});
