// Paying a payment holiday's extension invoices brings the deferred value back in the
// journal as the money comes in, once per invoice, whatever happens after (PGlite, and
// PostgreSQL when RAPPORT_TEST_DATABASE_URL is set).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';
import { clientWhoCalled } from '../saves/save-test-aids.ts';

describe('a payment settling a holiday’s extension invoices', () => {
  let t: TestApp;
  let owner: ApiClient;
  let workspaceId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
  });
  afterAll(() => t.close());

  /** The agreement's live invoice id of each period. */
  async function invoiceIds(agreementId: string): Promise<Map<number, string>> {
    const rows = await queryRows<{ id: string; period_index: number }>(
      t.database.db,
      sql`select id, period_index from invoices where agreement_id = ${agreementId} and status <> 'void'`,
    );
    return new Map(rows.map((row) => [row.period_index, row.id]));
  }

  /** The memo entries of the workspace: recoveries and their reversals, oldest first. */
  function memoEntries() {
    return queryRows<{ source_kind: string; source_id: string; posted_on: string; amount: number }>(
      t.database.db,
      sql`select e.source_kind, e.source_id, e.posted_on::text,
            (select sum(l.debit_minor) from journal_lines l
              where l.workspace_id = e.workspace_id and l.entry_id = e.id)::int as amount
          from journal_entries e
          where e.workspace_id = ${workspaceId}
            and e.source_kind in ('holiday_recovery', 'holiday_recovery_reversal')
          order by e.created_at, e.id`,
    );
  }

  const deferred = async (clientId: string) =>
    (await owner.get(`/api/v1/clients/${clientId}/balance`)).body.deferredHolidayMinor;
  const pay = async (clientId: string, receivedOn: string, allocations?: object[], amountMinor = 0) => {
    const response = await owner.post('/api/v1/payments', {
      clientId,
      amountMinor,
      method: 'bank_transfer',
      receivedOn,
      ...(allocations ? { allocations } : {}),
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };
  const expectLedgerSound = async () => {
    const check = await owner.get('/api/v1/ledger/check');
    expect(check.body, JSON.stringify(check.body.problems)).toMatchObject({ isBalanced: true, problems: [] });
  };

  it('3-period holiday on 12 periods: each extension invoice paid in full recovers one period, exactly once', async () => {
    t.clock.current = new Date('2026-11-23T09:00:00Z');
    const call = await clientWhoCalled(t, owner, workspaceId, {
      priceMinor: 12_000,
      startsOn: '2026-06-24',
      termEnd: '2027-06-23',
      through: '2026-11-23', // periods 0…4
      name: 'Holly Holiday',
    });
    const offer = (await owner.post(`/api/v1/saves/${call.caseId}/offers`, { kind: 'holiday' })).body.offer;
    expect(offer).toMatchObject({ fromPeriod: 5, terms: { periods: 3 } });
    expect((await owner.post(`/api/v1/saves/${call.caseId}/offers/${offer.id}/accept`)).status).toBe(200);
    await owner.post(`/api/v1/saves/${call.caseId}/outcome`, { outcome: 'saved' });

    // Periods 5…7 at zero, 8…11 as usual, 12…14 the extension (the last from 24 Aug 2027).
    t.clock.current = new Date('2027-08-25T09:00:00Z');
    expect((await owner.post('/api/v1/billing/runs', { through: '2027-08-25' })).status).toBe(201);
    let ids = await invoiceIds(call.agreementId);
    expect(ids.size).toBe(15);
    const [ext1, ext2, ext3] = [ids.get(12), ids.get(13), ids.get(14)] as string[];
    expect(await deferred(call.clientId)).toBe(36_000);

    // The ordinary invoices paid: no holiday value comes back from them.
    await pay(call.clientId, '2027-08-25', undefined, 108_000);
    expect(await deferred(call.clientId)).toBe(36_000);
    // A part-payment of an extension invoice recovers nothing yet…
    await pay(call.clientId, '2027-08-25', [{ invoiceId: ext1 }], 5_000);
    expect(await deferred(call.clientId)).toBe(36_000);
    expect(await memoEntries()).toEqual([]);
    // …settling it in full does, and so does the next one in the same payment.
    await pay(call.clientId, '2027-08-25', [{ invoiceId: ext1 }, { invoiceId: ext2 }], 7_000 + 12_000);
    expect(await deferred(call.clientId)).toBe(12_000);
    expect(await memoEntries()).toEqual([
      { source_kind: 'holiday_recovery', source_id: ext1, posted_on: '2027-08-25', amount: 12_000 },
      { source_kind: 'holiday_recovery', source_id: ext2, posted_on: '2027-08-25', amount: 12_000 },
    ]);
    await expectLedgerSound();

    // Voiding a paid extension invoice undoes its recovery; paying its replacement redoes it.
    const voided = await owner.post(`/api/v1/invoices/${ext2}/void`, {
      reason: 'Wrong reference on it',
      unallocate: true,
      reissue: true,
    });
    expect(voided.status, JSON.stringify(voided.body)).toBe(200);
    expect(await deferred(call.clientId)).toBe(24_000);
    await expectLedgerSound();
    ids = await invoiceIds(call.agreementId);
    const replacement = ids.get(13) as string;
    expect(replacement).not.toBe(ext2);
    const fromCredit = await owner.post('/api/v1/payments', {
      clientId: call.clientId,
      amountMinor: 12_000,
      method: 'service_credit',
      receivedOn: '2027-08-25',
      allocations: [{ invoiceId: replacement }],
    });
    expect(fromCredit.status, JSON.stringify(fromCredit.body)).toBe(201);
    await pay(call.clientId, '2027-08-25', [{ invoiceId: ext3 }], 12_000);
    expect(await deferred(call.clientId)).toBe(0);
    const settled = await memoEntries();
    expect(settled.slice(2)).toEqual([
      {
        source_kind: 'holiday_recovery_reversal',
        source_id: ext2,
        posted_on: '2027-08-25',
        amount: 12_000,
      },
      { source_kind: 'holiday_recovery', source_id: replacement, posted_on: '2027-08-25', amount: 12_000 },
      { source_kind: 'holiday_recovery', source_id: ext3, posted_on: '2027-08-25', amount: 12_000 },
    ]);
    await expectLedgerSound();
    const audit = await queryRows<{ after: { holidayRecoveries?: unknown } }>(
      t.database.db,
      sql`select after from audit_log where workspace_id = ${workspaceId} and action = 'payment.record'
          and entity_id = ${fromCredit.body.id}`,
    );
    expect(audit[0]?.after.holidayRecoveries).toEqual([{ invoiceId: replacement, amountMinor: 12_000 }]);

    // A later payment posts nothing more: nothing is left deferred. (A cancellation is no
    // longer possible here, every period being billed: the next test cancels early.)
    await pay(call.clientId, '2027-08-25', undefined, 1_000);
    expect(await memoEntries()).toEqual(settled);
    expect(await deferred(call.clientId)).toBe(0);
    await expectLedgerSound();
  });

  it('an early cancel after one extension invoice is paid bills the rest, without recovering that one twice', async () => {
    t.clock.current = new Date('2026-11-23T09:00:00Z');
    const call = await clientWhoCalled(t, owner, workspaceId, {
      priceMinor: 10_000,
      startsOn: '2026-08-15',
      through: '2026-11-23', // periods 0…3, open-ended
      name: 'Early Leaver',
    });
    const offer = (await owner.post(`/api/v1/saves/${call.caseId}/offers`, { kind: 'holiday', periods: 3 }))
      .body.offer;
    await owner.post(`/api/v1/saves/${call.caseId}/offers/${offer.id}/accept`);
    await owner.post(`/api/v1/saves/${call.caseId}/outcome`, { outcome: 'saved' });
    t.clock.current = new Date('2027-03-20T09:00:00Z');
    await owner.post('/api/v1/billing/runs', { through: '2027-03-20' }); // periods 4…7: 0, 0, 0, 100
    const firstExtension = (await invoiceIds(call.agreementId)).get(7) as string;
    const before = (await memoEntries()).length;
    await pay(call.clientId, '2027-03-20', undefined, 50_000);
    expect(await deferred(call.clientId)).toBe(20_000);
    expect((await memoEntries()).slice(before)).toEqual([
      { source_kind: 'holiday_recovery', source_id: firstExtension, posted_on: '2027-03-20', amount: 10_000 },
    ]);

    const second = await owner.post('/api/v1/saves', {
      clientId: call.clientId,
      reason: 'business_closing',
      notes: 'Closing the shop.',
    });
    const closed = await owner.post(`/api/v1/saves/${second.body.id}/outcome`, {
      outcome: 'cancelled',
      postMortem: {
        whatFailed: 'We heard of it too late.',
        correctiveActions: [{ title: 'Call holiday clients monthly', dueOn: '2027-04-01' }],
      },
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.deferredSettlement).toMatchObject({ kind: 'bill', amountMinor: 20_000 });
    // Only the clearing of the billed balance, keyed by its invoice: the paid one is not posted again.
    expect((await memoEntries()).slice(before + 1)).toEqual([
      {
        source_kind: 'holiday_recovery',
        source_id: closed.body.deferredSettlement.invoiceId,
        posted_on: '2027-03-20',
        amount: 20_000,
      },
    ]);
    expect(await deferred(call.clientId)).toBe(0);
    await expectLedgerSound();
  });
});
