import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGING_BUCKETS, ageReceivables, agingBucket, type ReceivableItem } from './aging.ts';

const item = (overrides: Partial<ReceivableItem>): ReceivableItem => ({
  invoiceId: 'inv',
  clientId: 'client-a',
  dueOn: '2026-01-31',
  outstandingMinor: 1_000,
  ...overrides,
});

describe('agingBucket', () => {
  it.each([
    [-5, 'current'],
    [0, 'current'],
    [1, 'days1To30'],
    [30, 'days1To30'],
    [31, 'days31To60'],
    [60, 'days31To60'],
    [61, 'days61To90'],
    [90, 'days61To90'],
    [91, 'days90Plus'],
    [4_000, 'days90Plus'],
  ] as const)('%i days past due is %s', (days, bucket) => {
    expect(agingBucket(days)).toBe(bucket);
  });
});

describe('ageReceivables', () => {
  it('buckets by calendar days past due, across month ends and a leap day', () => {
    const report = ageReceivables(
      [
        item({ invoiceId: 'due-today', dueOn: '2028-03-01' }),
        item({ invoiceId: 'one-day', dueOn: '2028-02-29', outstandingMinor: 200 }),
        item({ invoiceId: 'thirty-one', dueOn: '2028-01-30', outstandingMinor: 300 }),
        item({ invoiceId: 'ninety', dueOn: '2027-12-02', outstandingMinor: 400, clientId: 'client-b' }),
        item({ invoiceId: 'ninety-one', dueOn: '2027-12-01', outstandingMinor: 500, clientId: 'client-b' }),
      ],
      '2028-03-01',
    );
    expect(report.totals).toEqual({
      current: 1_000,
      days1To30: 200,
      days31To60: 300,
      days61To90: 400,
      days90Plus: 500,
      total: 2_400,
    });
    expect(report.clients.map((c) => [c.clientId, c.total, c.oldestDaysPastDue])).toEqual([
      ['client-a', 1_500, 31],
      ['client-b', 900, 91],
    ]);
  });

  it('leaves out invoices that owe nothing', () => {
    const report = ageReceivables(
      [item({ outstandingMinor: 0 }), item({ outstandingMinor: -50 })],
      '2026-03-01',
    );
    expect(report).toEqual({
      asOf: '2026-03-01',
      totals: expect.objectContaining({ total: 0 }),
      clients: [],
    });
  });

  it('keeps every amount: buckets add up to the total, clients add up to the totals', () => {
    const items = fc.array(
      fc.record({
        invoiceId: fc.uuid(),
        clientId: fc.constantFrom('a', 'b', 'c'),
        dueOn: fc
          .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        outstandingMinor: fc.integer({ min: 1, max: 1_000_000 }),
      }),
    );
    fc.assert(
      fc.property(items, (list) => {
        const report = ageReceivables(list, '2026-06-15');
        const bucketSum = AGING_BUCKETS.reduce((sum, bucket) => sum + report.totals[bucket], 0);
        expect(bucketSum).toBe(report.totals.total);
        expect(report.totals.total).toBe(list.reduce((sum, i) => sum + i.outstandingMinor, 0));
        expect(report.clients.reduce((sum, c) => sum + c.total, 0)).toBe(report.totals.total);
      }),
    );
  });
});
