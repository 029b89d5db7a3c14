import { describe, expect, it } from 'vitest';
import { invoiceState } from './invoice-state.ts';

describe('invoiceState', () => {
  it.each([
    [10_000, 0, false, 'open'],
    [10_000, 1, false, 'partially_paid'],
    [10_000, 9_999, false, 'partially_paid'],
    [10_000, 10_000, false, 'paid'],
    // A holiday period or a fully credited month: nothing to chase.
    [0, 0, false, 'paid'],
    [10_000, 0, true, 'void'],
    [0, 0, true, 'void'],
  ] as const)('total %i with %i allocated (void: %s) is %s', (totalMinor, allocatedMinor, isVoid, state) => {
    expect(invoiceState({ totalMinor, allocatedMinor, isVoid })).toBe(state);
  });

  it.each([
    ['more allocated than the total', 100, 101],
    ['a fractional total', 100.5, 0],
    ['a negative allocation', 100, -1],
  ])('rejects impossible figures: %s', (_name, totalMinor, allocatedMinor) => {
    expect(() => invoiceState({ totalMinor, allocatedMinor, isVoid: false })).toThrow(RangeError);
  });
});
