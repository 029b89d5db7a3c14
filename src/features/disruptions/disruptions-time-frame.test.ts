import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';
import { allPages, declareOver, seedClients, snapshot } from './disruption-test-aids.ts';

interface Row {
  clientId: string;
  name: string;
  channel: string;
  toldPromisedOn: string | null;
  mustBeTold: boolean;
}

describe('the time frame (step 4)', () => {
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

  const flagged = async (id: string) =>
    (await allPages<Row>(owner, `/api/v1/disruptions/${id}/clients`)).filter((row) => row.mustBeTold);

  it('keeps the promise while the estimate stays inside it, flags everyone when it slips, and clears them once told', async () => {
    const clients = await seedClients(t, workspaceId, 6, { prefix: 'Slip', withoutEmailEvery: 3 });
    const ids = clients.map((client) => client.id);
    // A client of the same workspace outside the disruption is never flagged.
    await seedClients(t, workspaceId, 1, { prefix: 'Bystander' });
    const { disruption } = await declareOver(owner, ids, { estimateOn: '2026-12-07', bufferDays: 7 });
    const id = disruption.id;
    // Told by the outreach e-mail: the four with e-mail; the two by phone still must be.
    expect((await flagged(id)).map((row) => row.name)).toEqual(['Slip 03', 'Slip 06']);
    expect(
      (await owner.post(`/api/v1/disruptions/${id}/tell`, { clientIds: [ids[2]], send: false })).body,
    ).toMatchObject({ told: 1, messagesQueued: 0, alreadyTold: 0, promisedOn: '2026-12-14' });

    const inside = await owner.post(`/api/v1/disruptions/${id}/estimate`, {
      estimateOn: '2026-12-14',
      reason: 'Physio says a week more',
    });
    expect(inside.status).toBe(200);
    expect(inside.body).toMatchObject({
      outcome: 'promise_stands',
      promisedOn: '2026-12-14',
      proposedPromisedOn: null,
      mustBeTold: { count: 1 },
    });
    expect(inside.body.message).toContain('The promise of Monday 14 December 2026 stands');

    const slipped = await owner.post(`/api/v1/disruptions/${id}/estimate`, { estimateOn: '2026-12-21' });
    expect(slipped.body).toMatchObject({
      outcome: 'slipped',
      promisedOn: '2026-12-14',
      proposedPromisedOn: '2026-12-28',
      lateByDays: 7,
      mustBeTold: { count: 6 },
    });
    expect(slipped.body.mustBeTold.clients.map((row: Row) => row.clientId).sort()).toEqual([...ids].sort());
    // Until a new promise is confirmed, the old one stands and the header warns.
    const warned = (await owner.get(`/api/v1/disruptions/${id}`)).body;
    expect(warned).toMatchObject({ promisedOn: '2026-12-14', estimatePastPromise: true });
    expect((await flagged(id)).map((row) => row.name)).toEqual(['Slip 06']);

    const before = await snapshot(t);
    const tooEarly = await owner.post(`/api/v1/disruptions/${id}/promise`, {
      promisedOn: '2026-12-20',
      reason: 'Hopeful',
    });
    expect(tooEarly.status).toBe(400);
    expect(tooEarly.body.error.details[0].path).toBe('promisedOn');
    expect((await owner.post(`/api/v1/disruptions/${id}/promise`, { promisedOn: '2026-12-28' })).status).toBe(
      400,
    );
    expect(await snapshot(t)).toEqual(before);

    const promised = await owner.post(`/api/v1/disruptions/${id}/promise`, {
      promisedOn: '2026-12-28',
      reason: 'Recovery takes longer',
    });
    expect(promised.status).toBe(200);
    expect(promised.body).toMatchObject({
      promisedOn: '2026-12-28',
      estimateOn: '2026-12-21',
      bufferDays: 7,
      estimatePastPromise: false,
      counts: { mustBeTold: 6 },
    });
    expect((await flagged(id)).map((row) => row.clientId).sort()).toEqual([...ids].sort());

    // Send: the four on e-mail get the new date; the two by phone are listed to call.
    const sent = await owner.post(`/api/v1/disruptions/${id}/tell`, { send: true });
    expect(sent.body).toMatchObject({ promisedOn: '2026-12-28', told: 4, messagesQueued: 4, alreadyTold: 0 });
    expect(sent.body.notSent.map((row: Row) => row.name)).toEqual(['Slip 03', 'Slip 06']);
    const updates = await queryRows<{ subject: string; body: string }>(
      t.database.db,
      sql`select subject, body_text as body from outbox_messages
          where source_id = ${id} and source_kind = 'disruption_update'`,
    );
    expect(updates).toHaveLength(4);
    expect(updates[0]?.subject).toBe('Harbor Studio: a new date');
    expect(updates[0]?.body).toContain('back to normal by Monday 28 December 2026');
    expect(updates[0]?.body).toMatch(/http:\/\/localhost:3000\/c\/cp_/);
    expect((await flagged(id)).map((row) => row.name)).toEqual(['Slip 03', 'Slip 06']);

    // Called them: mark told.
    const marked = await owner.post(`/api/v1/disruptions/${id}/tell`, { send: false });
    expect(marked.body).toMatchObject({ told: 2, messagesQueued: 0, notSent: [] });
    expect(await flagged(id)).toEqual([]);
    const again = await owner.post(`/api/v1/disruptions/${id}/tell`, { clientIds: ids, send: true });
    expect(again.body).toMatchObject({ told: 0, messagesQueued: 0, alreadyTold: 6 });

    const history = (await owner.get(`/api/v1/disruptions/${id}/promises`)).body.items;
    expect(
      history.map((row: { kind: string; promisedOn: string; estimateOn: string }) => [
        row.kind,
        row.estimateOn,
        row.promisedOn,
      ]),
    ).toEqual([
      ['first', '2026-12-07', '2026-12-14'],
      ['estimate', '2026-12-14', '2026-12-14'],
      ['estimate', '2026-12-21', '2026-12-14'],
      ['re_promise', '2026-12-21', '2026-12-28'],
    ]);
    expect(history[1].reason).toBe('Physio says a week more');
    expect(history[3]).toMatchObject({ reason: 'Recovery takes longer', createdBy: { name: 'Olive Owner' } });

    const told = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'disruption.client_told' and after->>'disruptionId' = ${id}`,
    );
    expect(told[0]?.n).toBe(7);
  });

  it('makes the first promise from the first estimate, and refuses estimates and tellings that make no sense', async () => {
    const clients = await seedClients(t, workspaceId, 2, { prefix: 'First' });
    const { disruption } = await declareOver(
      owner,
      clients.map((client) => client.id),
    );
    const id = disruption.id;
    const before = await snapshot(t);
    expect((await owner.post(`/api/v1/disruptions/${id}/tell`, { send: true })).status).toBe(422);
    expect(
      (await owner.post(`/api/v1/disruptions/${id}/promise`, { promisedOn: '2026-12-20', reason: 'x' }))
        .status,
    ).toBe(400);
    for (const [body, path] of [
      [{ estimateOn: '2026-11-01' }, 'estimateOn'],
      [{ estimateOn: '2026-13-01' }, 'estimateOn'],
      [{ estimateOn: '2026-12-07', bufferDays: 366 }, 'bufferDays'],
      [{ estimateOn: '2026-12-07', reason: 'x'.repeat(1001) }, 'reason'],
      [{}, 'estimateOn'],
    ] as const) {
      const response = await owner.post(`/api/v1/disruptions/${id}/estimate`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect(await snapshot(t)).toEqual(before);

    const first = await owner.post(`/api/v1/disruptions/${id}/estimate`, {
      estimateOn: '2026-12-01',
      bufferDays: 3,
    });
    expect(first.body).toMatchObject({
      outcome: 'first_promise',
      promisedOn: '2026-12-04',
      mustBeTold: { count: 2 },
    });
    expect(first.body.message).toBe(
      'The first promise is Friday 4 December 2026; 2 clients must be told it.',
    );

    const notAffected = await owner.post(`/api/v1/disruptions/${id}/tell`, {
      clientIds: ['00000000-0000-7000-8000-000000000000'],
      send: true,
    });
    expect(notAffected.status).toBe(404);
    expect(notAffected.body.error.details[0].path).toBe('clientIds.0');
  });
});
