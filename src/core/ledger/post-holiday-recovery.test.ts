import { describe, expect, it } from 'vitest';
import { deriveBalances } from './balances.ts';
import { postHolidayRecovery, reverseHolidayRecovery } from './post-holiday-recovery.ts';
import { postInvoice } from './post-invoice.ts';
import { describeEntry, entryOf, makeInvoice } from './test-factories.ts';

const holidayLines = [
  { kind: 'base', amountMinor: 10_000 },
  { kind: 'holiday', amountMinor: -10_000 },
];

describe('postHolidayRecovery', () => {
  it('lowers the deferred balance as each extension period is paid, and touches nothing else', () => {
    const holidays = [1, 2, 3].map(() => entryOf(postInvoice(makeInvoice(holidayLines))));
    expect(deriveBalances(holidays).byClient.get('client-1')?.holiday_deferred).toBe(30_000);

    const recovery = entryOf(
      postHolidayRecovery({
        id: 'ext-1',
        clientId: 'client-1',
        amountMinor: 10_000,
        deferredMinor: 30_000,
        postedOn: '2026-09-01',
      }),
    );
    expect(describeEntry(recovery)).toEqual([
      'Dr holiday_deferred_offset 10000',
      'Cr holiday_deferred 10000',
    ]);
    const balances = deriveBalances([...holidays, recovery]);
    expect(balances.byClient.get('client-1')).toEqual({
      holiday_deferred: 20_000,
      holiday_deferred_offset: 20_000,
    });
    expect(balances.byAccount.revenue).toBe(0);
    expect(balances.byAccount.accounts_receivable).toBe(0);
  });

  it.each([
    ['more than is deferred', 10_001, 'exceeds_balance'],
    ['zero', 0, 'invalid_amount'],
  ] as const)('refuses %s', (_name, amountMinor, code) => {
    expect(
      postHolidayRecovery({
        id: 'x',
        clientId: 'client-1',
        amountMinor,
        deferredMinor: 10_000,
        postedOn: '2026-09-01',
      }),
    ).toMatchObject({ ok: false, code });
  });
});

describe('reverseHolidayRecovery', () => {
  it('puts the recovered value back in the memo pair, line for line, keyed by the recovery', () => {
    const holiday = entryOf(postInvoice(makeInvoice(holidayLines)));
    const recovery = entryOf(
      postHolidayRecovery({
        id: 'ext-1',
        clientId: 'client-1',
        amountMinor: 10_000,
        deferredMinor: 10_000,
        postedOn: '2026-09-01',
      }),
    );
    const reversal = entryOf(reverseHolidayRecovery(recovery, '2026-09-05', 'billed twice'));
    expect(reversal.source).toEqual({ kind: 'holiday_recovery_reversal', id: 'ext-1' });
    expect(reversal.memo).toBe('Payment holiday recovery undone: billed twice');
    expect(describeEntry(reversal)).toEqual([
      'Cr holiday_deferred_offset 10000',
      'Dr holiday_deferred 10000',
    ]);
    expect(deriveBalances([holiday, recovery, reversal]).byClient.get('client-1')).toEqual(
      deriveBalances([holiday]).byClient.get('client-1'),
    );
  });

  it('refuses an entry that is not a recovery', () => {
    const invoice = entryOf(postInvoice(makeInvoice(holidayLines)));
    expect(reverseHolidayRecovery(invoice, '2026-09-05', 'x')).toMatchObject({
      ok: false,
      code: 'not_a_recovery',
    });
  });
});
