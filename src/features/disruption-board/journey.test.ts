// The board through the real commands: a disruption declared over ten clients, a client
// reached, another writing from their private page and asking for a call that is not
// returned in time, then the resolution with a thank-you each. The board and its figures
// follow every step. Runs on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient } from '../../../test/support/factories.ts';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';

type Row = { clientId: string; clientName: string; cells: Record<string, { state: string; note: string }> };

describe('the board through a disruption', () => {
  let t: TestApp;
  let owner: ApiClient;
  let disruptionId: string;
  let clientIds: string[];
  const board = async () =>
    (await owner.get(`/api/v1/disruptions/${disruptionId}/board`)).body.items as Row[];
  const figures = async () => (await owner.get(`/api/v1/disruptions/${disruptionId}/figures`)).body;
  const cell = (rows: Row[], clientId: string, step: string) =>
    rows.find((r) => r.clientId === clientId)?.cells[step];

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    const ws = setup.me.workspace.id;
    clientIds = [];
    for (let i = 0; i < 10; i++) {
      const client = await insertClient(t.database.db, ws, { name: `Client ${String(i).padStart(2, '0')}` });
      clientIds.push(client.id);
    }
    const declared = await owner.post('/api/v1/disruptions', {
      title: 'Flooded studio',
      privateDetail: 'Insurance dispute with the landlord',
      clientMessage: 'Our studio flooded; we are working from a temporary space.',
      audience: { kind: 'chosen', clientIds },
      estimateOn: '2026-12-10',
      bufferDays: 5,
    });
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);
    disruptionId = declared.body.disruption.id;
  });
  afterAll(() => t.close());

  it('starts with every affected client to contact within 24 h', async () => {
    const rows = await board();
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((r) => r.cells.contact?.state))).toEqual(new Set(['due']));
    expect(rows[0]?.cells.contact?.note).toBe('Contact within 24 h: 24 h left');
    const start = await figures();
    expect(start).toMatchObject({ clients: 10, contact: { within24h: 0, notYet: 10, percentWithin24h: 0 } });
    expect(start.promises).toMatchObject({ made: 1, current: '2026-12-15', outcome: 'pending' });
  });

  it('marks a client contacted when an outbound touch is logged', async () => {
    t.clock.advanceHours(2);
    const logged = await owner.post(`/api/v1/clients/${clientIds[0]}/interactions`, {
      channel: 'call',
      direction: 'outbound',
      summary: 'Told them about the flood',
    });
    expect(logged.status, JSON.stringify(logged.body)).toBe(201);
    expect(cell(await board(), clientIds[0] as string, 'contact')).toEqual({
      state: 'done',
      note: 'Contacted within 24 h (after 2 h)',
    });
    expect((await figures()).contact).toMatchObject({ within24h: 1, notYet: 9, percentWithin24h: 10 });
  });

  it('turns a call asked for on the private page into a callback the board chases', async () => {
    const issued = await owner.post(
      `/api/v1/disruptions/${disruptionId}/clients/${clientIds[1]}/client-page`,
      {},
    );
    const path = new URL(issued.body.url).pathname;
    const sent = await t.app.inject({
      method: 'POST',
      url: `${path}/input`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'message=Can+we+talk+about+next+week%3F&wantsCall=yes',
    });
    expect(sent.statusCode).toBe(303);
    expect(cell(await board(), clientIds[1] as string, 'communicate')?.state).toBe('due');
    t.clock.advanceHours(3); // past the disruption's 2-hour callback time
    expect(cell(await board(), clientIds[1] as string, 'communicate')).toEqual({
      state: 'overdue',
      note: '1 callback overdue',
    });
    expect((await figures()).callbacks).toMatchObject({ due: 1, openOverdue: 1, percentOnTime: 0 });
  });

  it('resolves with a thank-you for each client, shown on the board and the client page', async () => {
    const resolved = await owner.post(`/api/v1/disruptions/${disruptionId}/resolve`, {
      note: 'We are back in our own studio.',
      thankYou: { kind: 'call', terms: {} },
    });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect(resolved.body.thankYous).toEqual({ kind: 'call', created: 10 });
    const rows = await board();
    expect(new Set(rows.map((r) => r.cells.thank?.state))).toEqual(new Set(['due']));
    const after = await figures();
    expect(after).toMatchObject({ status: 'resolved', thanks: { done: 0, chosen: 10, percentDone: 0 } });
    expect(after.promises).toMatchObject({ outcome: 'kept', kept: 1 });

    const issued = await owner.post(
      `/api/v1/disruptions/${disruptionId}/clients/${clientIds[2]}/client-page`,
      {},
    );
    const page = await t.app.inject({ method: 'GET', url: new URL(issued.body.url).pathname });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Thank you for staying with us');
    expect(page.body).toContain('We are back in our own studio.');
    expect(page.body).not.toContain('Insurance dispute');
  });
});
