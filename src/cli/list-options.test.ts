import { describe, expect, it } from 'vitest';
import { tableLines } from './cli-io.ts';
import { parseLimitOption, parseStatusOption } from './list-options.ts';

const STATUSES = ['open', 'closed'] as const;

describe('list options', () => {
  it('takes a known status, or none', () => {
    expect(parseStatusOption('closed', STATUSES)).toBe('closed');
    expect(parseStatusOption(undefined, STATUSES)).toBeUndefined();
  });

  it('refuses any other status, naming the ones there are', () => {
    expect(() => parseStatusOption('Open', STATUSES)).toThrow(
      '--status must be one of open, closed, not "Open"',
    );
    expect(() => parseStatusOption('', STATUSES)).toThrow('not ""');
  });

  it('takes a limit from 1 to 200, 50 when none is given', () => {
    expect(parseLimitOption(undefined)).toBe(50);
    expect(parseLimitOption('1')).toBe(1);
    expect(parseLimitOption('200')).toBe(200);
  });

  it.each(['0', '201', '2.5', 'ten', '', '-1'])('refuses the limit "%s"', (value) => {
    expect(() => parseLimitOption(value)).toThrow(
      `--limit must be a whole number from 1 to 200, not "${value}"`,
    );
  });
});

describe('tableLines', () => {
  it('pads every column to its widest cell and trims the line ends', () => {
    expect(
      tableLines(
        ['id', 'name'],
        [
          ['1', 'Ada Fielding'],
          ['1234', 'Bo'],
        ],
      ),
    ).toEqual(['id    name', '1     Ada Fielding', '1234  Bo']);
  });
});
