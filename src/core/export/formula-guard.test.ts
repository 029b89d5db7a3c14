import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardCell, unguardCell } from './formula-guard.ts';

describe('guardCell', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ["'=1", "''=1"],
    ['plain', 'plain'],
    ["O'Brien", "O'Brien"],
    ["'quoted'", "'quoted'"],
    ['', ''],
    ['a=b', 'a=b'],
  ])('guards %j as %j', (value, guarded) => {
    expect(guardCell(value)).toBe(guarded);
  });

  it('never leaves a cell a spreadsheet would run, and unguardCell undoes it exactly', () => {
    const unit = fc.oneof(fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'"), fc.string({ maxLength: 1 }));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (value) => {
        const guarded = guardCell(value);
        expect(guarded).not.toMatch(/^[=+\-@\t\r]/);
        expect(unguardCell(guarded)).toBe(value);
      }),
    );
  });
});
