// Resolution and step 6: resolving gives every affected client a chosen thank-you and ends
// the stand-ins' access; thank-yous are changed one by one or in bulk, done once, and
// shown on the board. Refusals change nothing. Runs on PGlite and PostgreSQL.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignClient, insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';
import { clientAssignments, disruptionClients } from '../../db/schema/index.ts';
import { affectedClients, insertDisruption, stepFingerprint } from '../disruption-board/board-test-aids.ts';

const ADDED = new Date('2026-11-21T09:00:00Z');
const NAMES = ['Ada Lovelace', 'Ben Okri', 'Cy Twombly', 'Dee Snider', 'Eve Arden'];

describe('resolution and thank-yous', () => {
  let t: TestApp;
  let owner: ApiClient;
  let staff: ApiClient;
  let standIn: ApiClient;
  let ws: string;
  let disruptionId: string;
  let ids: string[];
  const url = (path = '') => `/api/v1/disruptions/${disruptionId}${path}`;

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    ws = setup.me.workspace.id;
    const db = t.database.db;
    disruptionId = (await insertDisruption(db, ws, { startedOn: '2026-11-20' })).id;
    ids = await affectedClients(db, ws, disruptionId, NAMES, ADDED);
    // Eve left the disruption: she gets no thank-you.
    await db
      .update(disruptionClients)
      .set({ removedAt: new Date('2026-11-22T09:00:00Z') })
      .where(sql`client_id = ${ids[4]}`);
    const s = await insertUser(db, ws, 'staff');
    staff = await signIn(t, s.user.email, s.password);
    const sam = await insertUser(db, ws, 'stand_in');
    standIn = await signIn(t, sam.user.email, sam.password);
    // Sam stands in for Ada through the disruption, and looks after Ben anyway.
    await db
      .insert(clientAssignments)
      .values({ workspaceId: ws, clientId: ids[0] as string, userId: sam.user.id, disruptionId });
    await assignClient(db, ws, ids[1] as string, sam.user.id);
  });
  afterAll(() => t.close());

  it('refuses thank-yous before resolution and bad resolutions, changing nothing', async () => {
    const before = await stepFingerprint(t.database.db);
    expect((await owner.send('PUT', url(`/clients/${ids[0]}/thank-you`), { kind: 'call' })).status).toBe(422);
    expect((await owner.post(url('/thank-yous/apply'), { kind: 'call' })).status).toBe(422);
    const future = await owner.post(url('/resolve'), { resolvedOn: '2026-11-24' });
    expect(future.status).toBe(422);
    expect(future.body.error.details[0].path).toBe('resolvedOn');
    expect((await owner.post(url('/resolve'), { resolvedOn: '2026-11-19' })).status).toBe(422);
    expect((await owner.post(url('/resolve'), { thankYou: { kind: 'gift', terms: {} } })).status).toBe(400);
    expect((await owner.post(url('/resolve'), { note: 'x'.repeat(1001) })).status).toBe(400);
    expect((await standIn.post(url('/resolve'), {})).status).toBe(403);
    expect(
      (await owner.post('/api/v1/disruptions/00000000-0000-7000-8000-000000000000/resolve', {})).status,
    ).toBe(404);
    const list = await owner.get(url('/thank-yous'));
    expect(list.body).toMatchObject({
      status: 'active',
      progress: { clients: 4, none: 4, chosen: 0, done: 0 },
    });
    expect(await stepFingerprint(t.database.db)).toEqual(before);
  });

  it('resolves: one chosen thank-you per affected client, stand-in access from the disruption ended', async () => {
    // 09:00 UTC is still yesterday evening in Honolulu: "today" is the workspace's date.
    await t.database.db.execute(sql`update workspaces set timezone = 'Pacific/Honolulu' where id = ${ws}`);
    const resolved = await staff.post(url('/resolve'), { note: 'We are back. Thank you for your patience.' });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      resolvedOn: '2026-11-22',
      resolvedAt: '2026-11-23T09:00:00.000Z',
      resolutionNote: 'We are back. Thank you for your patience.',
      thankYous: { kind: 'handwritten_note', created: 4 },
    });
    const list = await owner.get(url('/thank-yous'));
    expect(list.body.progress).toEqual({ clients: 4, none: 0, chosen: 4, done: 0 });
    expect(list.body.items.map((row: { clientName: string }) => row.clientName)).toEqual(NAMES.slice(0, 4));
    for (const row of list.body.items) {
      expect(row.thankYou).toMatchObject({
        kind: 'handwritten_note',
        status: 'chosen',
        terms: {},
        doneAt: null,
      });
    }
    const left = await queryRows<{ client_id: string; disruption_id: string | null }>(
      t.database.db,
      sql`select client_id, disruption_id from client_assignments where workspace_id = ${ws}`,
    );
    expect(left).toEqual([{ client_id: ids[1], disruption_id: null }]);

    const before = await stepFingerprint(t.database.db);
    expect((await owner.post(url('/resolve'), {})).status).toBe(409);
    expect(await stepFingerprint(t.database.db)).toEqual(before);
  });

  it('changes one client’s choice, validating each kind’s terms', async () => {
    const before = await stepFingerprint(t.database.db);
    const put = (body: unknown) => owner.send('PUT', url(`/clients/${ids[0]}/thank-you`), body);
    for (const bad of [
      { kind: 'gift' },
      { kind: 'gift', terms: { description: '' } },
      { kind: 'discount', terms: { basisPoints: 0, periods: 1 } },
      { kind: 'discount', terms: { basisPoints: 2000, periods: 13 } },
      { kind: 'service_credit', terms: { amountMinor: 12.5 } },
      { kind: 'service_credit', terms: { amountMinor: 0 } },
      { kind: 'free_month', terms: { amountMinor: 100 } },
      { kind: 'flowers', terms: {} },
      { kind: 'gift', terms: { description: 'Tea\u0000' } },
    ]) {
      expect((await put(bad)).status, JSON.stringify(bad)).toBe(400);
    }
    const outsider = '00000000-0000-7000-8000-000000000000';
    expect((await owner.send('PUT', url(`/clients/${outsider}/thank-you`), { kind: 'call' })).status).toBe(
      404,
    );
    expect((await owner.send('PUT', url(`/clients/${ids[4]}/thank-you`), { kind: 'call' })).status).toBe(404);
    expect((await standIn.send('PUT', url(`/clients/${ids[0]}/thank-you`), { kind: 'call' })).status).toBe(
      403,
    );
    expect(await stepFingerprint(t.database.db)).toEqual(before);

    const gift = await put({
      kind: 'gift',
      terms: { description: 'Flowers from the market' },
      note: 'She loves tulips',
    });
    expect(gift.status, JSON.stringify(gift.body)).toBe(200);
    expect(gift.body).toMatchObject({
      kind: 'gift',
      status: 'chosen',
      terms: { description: 'Flowers from the market' },
    });
    const rows = await queryRows<{ kind: string; status: string }>(
      t.database.db,
      sql`select kind::text, status::text from disruption_thank_yous where client_id = ${ids[0]} order by created_at, id`,
    );
    expect(rows).toEqual([
      { kind: 'handwritten_note', status: 'cancelled' },
      { kind: 'gift', status: 'chosen' },
    ]);
  });

  it('marks a hand-done thank-you done once, on the client’s timeline', async () => {
    const list = await owner.get(url('/thank-yous?q=ada'));
    const gift = list.body.items[0].thankYou;
    const done = await staff.post(url(`/thank-yous/${gift.id}/done`), {});
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', doneAt: '2026-11-23T09:00:00.000Z', creditId: null });
    expect(done.body.doneBy.name).toMatch(/User/);
    const [touch] = await queryRows<{ channel: string; direction: string; summary: string; body: string }>(
      t.database.db,
      sql`select channel::text, direction::text, summary, body from interactions where client_id = ${ids[0]}`,
    );
    expect(touch).toEqual({
      channel: 'other',
      direction: 'outbound',
      summary: 'Thank-you gift: Flowers from the market',
      body: 'She loves tulips',
    });

    const before = await stepFingerprint(t.database.db);
    expect((await owner.post(url(`/thank-yous/${gift.id}/done`), {})).status).toBe(409);
    expect((await owner.send('PUT', url(`/clients/${ids[0]}/thank-you`), { kind: 'call' })).status).toBe(409);
    const cancelled = (
      await queryRows<{ id: string }>(
        t.database.db,
        sql`select id from disruption_thank_yous where status = 'cancelled' limit 1`,
      )
    )[0]?.id;
    expect((await owner.post(url(`/thank-yous/${cancelled}/done`), {})).status).toBe(409);
    expect((await owner.post(url('/thank-yous/00000000-0000-7000-8000-000000000000/done'), {})).status).toBe(
      404,
    );
    expect(await stepFingerprint(t.database.db)).toEqual(before);
  });

  it('chooses for many at once, leaving done ones alone', async () => {
    const before = await stepFingerprint(t.database.db);
    const unknown = await owner.post(url('/thank-yous/apply'), {
      kind: 'call',
      clientIds: [ids[1], '00000000-0000-7000-8000-000000000000'],
    });
    expect(unknown.status).toBe(404);
    expect((await owner.post(url('/thank-yous/apply'), { kind: 'call', clientIds: [ids[4]] })).status).toBe(
      404,
    );
    expect(await stepFingerprint(t.database.db)).toEqual(before);

    const some = await owner.post(url('/thank-yous/apply'), {
      kind: 'service_credit',
      terms: { amountMinor: 5000 },
      clientIds: [ids[1], ids[2]],
    });
    expect(some.body).toEqual({ changed: 2, skippedDone: 0 });
    const all = await owner.post(url('/thank-yous/apply'), { kind: 'call' });
    expect(all.body).toEqual({ changed: 3, skippedDone: 1 });
    const list = await owner.get(url('/thank-yous'));
    expect(
      list.body.items.map(
        (row: { thankYou: { kind: string; status: string } }) =>
          `${row.thankYou.kind}:${row.thankYou.status}`,
      ),
    ).toEqual(['gift:done', 'call:chosen', 'call:chosen', 'call:chosen']);
    const chosenOnly = await owner.get(url('/thank-yous?status=chosen&limit=2'));
    expect(chosenOnly.body.items).toHaveLength(2);
    const next = await owner.get(
      url(`/thank-yous?status=chosen&limit=2&cursor=${chosenOnly.body.nextCursor}`),
    );
    expect(next.body.items.map((row: { clientName: string }) => row.clientName)).toEqual(['Dee Snider']);
  });

  it('shows thank-yous on the board and in the figures', async () => {
    const board = await owner.get(url('/board'));
    const thank = board.body.items.map(
      (row: { cells: { thank: { state: string; note: string } } }) => row.cells.thank,
    );
    expect(thank[0]).toEqual({ state: 'done', note: 'Thanked: Gift' });
    expect(thank[1]).toEqual({ state: 'due', note: 'Thank-you call chosen, not done yet' });
    const figures = await owner.get(url('/figures'));
    expect(figures.body.thanks).toEqual({ done: 1, chosen: 3, notChosen: 0, percentDone: 25 });
  });

  it('logs an outbound call for a thank-you call', async () => {
    const list = await owner.get(url('/thank-yous?q=dee'));
    const done = await owner.post(url(`/thank-yous/${list.body.items[0].thankYou.id}/done`), {
      note: 'Spoke for ten minutes',
    });
    expect(done.status).toBe(200);
    const [touch] = await queryRows<{ channel: string; summary: string }>(
      t.database.db,
      sql`select channel::text, summary from interactions where client_id = ${ids[3]} and direction = 'outbound'`,
    );
    expect(touch).toEqual({ channel: 'call', summary: 'Thank-you call' });
  });
});
