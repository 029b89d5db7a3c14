import { describe, expect, it } from 'vitest';
import { postUnallocation } from './post-unallocation.ts';
import { describeEntry, entryOf } from './test-factories.ts';

const event = {
  id: 'un-1',
  clientId: 'client-1',
  invoiceId: 'inv-1',
  paymentId: 'pay-1',
  allocatedMinor: 5_000,
  postedOn: '2026-03-10',
};

describe('postUnallocation', () => {
  it('makes the invoice owed again and parks the money as credit', () => {
    const entry = entryOf(postUnallocation({ ...event, amountMinor: 2_000 }));
    expect(describeEntry(entry)).toEqual(['Dr accounts_receivable 2000 @inv-1', 'Cr customer_credits 2000']);
    expect(entry.memo).toBe('Payment pay-1 taken off invoice inv-1');
  });

  it.each([
    ['more than is allocated', 5_001, 'over_allocated'],
    ['zero', 0, 'invalid_amount'],
    ['a fraction', 1.5, 'invalid_amount'],
  ] as const)('refuses %s', (_name, amountMinor, code) => {
    expect(postUnallocation({ ...event, amountMinor })).toMatchObject({ ok: false, code });
  });
});
