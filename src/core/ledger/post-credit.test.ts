import { describe, expect, it } from 'vitest';
import { postCredit } from './post-credit.ts';
import { describeEntry, entryOf } from './test-factories.ts';

const grant = {
  kind: 'grant',
  id: 'cr-1',
  clientId: 'client-1',
  postedOn: '2026-04-01',
  reason: 'goodwill',
} as const;
const refund = {
  kind: 'refund',
  id: 'rf-1',
  clientId: 'client-1',
  postedOn: '2026-04-02',
  method: 'bank_transfer',
  creditAvailableMinor: 5_000,
} as const;

describe('postCredit', () => {
  it('books a granted credit as a cost now and a debt to the client until spent', () => {
    const entry = entryOf(postCredit({ ...grant, amountMinor: 10_000 }));
    expect(describeEntry(entry)).toEqual(['Dr service_credit 10000', 'Cr customer_credits 10000']);
    expect(entry).toMatchObject({
      source: { kind: 'credit', id: 'cr-1' },
      memo: 'Service credit (goodwill)',
    });
  });

  it.each([
    ['cash', 'cash'],
    ['card', 'card_clearing'],
    ['cheque', 'cheques'],
    ['bank_transfer', 'bank'],
  ] as const)('refunds a credit balance by %s from %s', (method, account) => {
    const entry = entryOf(postCredit({ ...refund, method, amountMinor: 5_000 }));
    expect(describeEntry(entry)).toEqual(['Dr customer_credits 5000', `Cr ${account} 5000`]);
    expect(entry.source).toEqual({ kind: 'refund', id: 'rf-1' });
  });

  it.each([
    ['a zero grant', { ...grant, amountMinor: 0 }, 'invalid_amount'],
    ['a fractional grant', { ...grant, amountMinor: 0.5 }, 'invalid_amount'],
    ['a refund above the balance', { ...refund, amountMinor: 5_001 }, 'insufficient_credit'],
    ['a negative refund', { ...refund, amountMinor: -1 }, 'invalid_amount'],
  ] as const)('refuses %s', (_name, event, code) => {
    expect(postCredit(event)).toMatchObject({ ok: false, code });
  });
});
