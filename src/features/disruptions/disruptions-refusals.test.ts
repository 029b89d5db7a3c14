import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient, insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';
import { otherWorkspaceOwner } from '../invoices/billing-test-fixtures.ts';
import { declareOver, seedClients, snapshot, standInFor } from './disruption-test-aids.ts';

const UNKNOWN = '00000000-0000-7000-8000-000000000000';

describe('disruption refusals', () => {
  let t: TestApp;
  let owner: ApiClient;
  let workspaceId: string;
  let clientIds: string[];

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
    clientIds = (await seedClients(t, workspaceId, 3, { prefix: 'Refusal' })).map((client) => client.id);
  });
  afterAll(() => t.close());

  const valid = () => ({
    title: 'Flooded office',
    clientMessage: 'Our office flooded; we are working from home.',
    audience: { kind: 'chosen', clientIds },
  });

  it('refuses bad and hostile declarations with the field at fault, and writes nothing', async () => {
    const stranger = await insertClient(t.database.db, (await otherWorkspaceFixture()).workspaceId, {
      name: 'Someone Else',
    });
    const before = await snapshot(t);
    const cases: [string, Record<string, unknown>, number, string][] = [
      ['no title', { title: '' }, 400, 'title'],
      ['a title too long', { title: 'x'.repeat(201) }, 400, 'title'],
      ['a message too long', { clientMessage: 'x'.repeat(4001) }, 400, 'clientMessage'],
      ['a private detail too long', { privateDetail: 'x'.repeat(10_001) }, 400, 'privateDetail'],
      ['a template too long', { outreachBody: 'x'.repeat(10_001) }, 400, 'outreachBody'],
      ['a NUL in the message', { clientMessage: 'a\u0000b' }, 400, 'clientMessage'],
      ['an unknown field', { colour: 'red' }, 400, ''],
      ['an impossible start', { startedOn: '2026-02-30' }, 400, 'startedOn'],
      ['a start two years ago', { startedOn: '2024-11-01' }, 400, 'startedOn'],
      ['an estimate in the past', { estimateOn: '2026-11-01' }, 400, 'estimateOn'],
      [
        'an estimate before a future start',
        { startedOn: '2026-12-10', estimateOn: '2026-12-01' },
        400,
        'estimateOn',
      ],
      ['a buffer without an estimate', { bufferDays: 3 }, 400, 'bufferDays'],
      ['a negative buffer', { estimateOn: '2026-12-07', bufferDays: -1 }, 400, 'bufferDays'],
      ['a cadence of 0', { cadenceDays: 0 }, 400, 'cadenceDays'],
      ['a callback of 1 minute', { callbackMinutes: 1 }, 400, 'callbackMinutes'],
      ['an unknown merge field', { outreachBody: 'Dear {{client.nmae}}, {{message}}' }, 400, 'outreachBody'],
      ['an unknown subject field', { outreachSubject: '{{ Promise }}' }, 400, 'outreachSubject'],
      ['an unknown audience', { audience: { kind: 'everyone' } }, 400, 'audience.kind'],
      ['no chosen client', { audience: { kind: 'chosen', clientIds: [] } }, 400, 'audience.clientIds'],
      [
        'a forged id',
        { audience: { kind: 'chosen', clientIds: ["1' or '1'='1"] } },
        400,
        'audience.clientIds.0',
      ],
      [
        'too many chosen clients',
        { audience: { kind: 'chosen', clientIds: Array(10_001).fill(UNKNOWN) } },
        400,
        'audience.clientIds',
      ],
      [
        'a client of another workspace',
        { audience: { kind: 'chosen', clientIds: [...clientIds, stranger.id] } },
        404,
        'audience.clientIds.3',
      ],
      [
        'a client that does not exist',
        { audience: { kind: 'chosen', clientIds: [UNKNOWN] } },
        404,
        'audience.clientIds.0',
      ],
      [
        'an audience matching nobody',
        { audience: { kind: 'filter', tags: ['no-such-tag'] } },
        422,
        'audience',
      ],
    ];
    for (const [label, change, status, path] of cases) {
      const response = await owner.post('/api/v1/disruptions', { ...valid(), ...change });
      expect(response.status, label).toBe(status);
      expect(Object.keys(response.body.error), label).toEqual(['code', 'message', 'details']);
      if (path)
        expect(
          response.body.error.details.map((d: { path: string }) => d.path),
          label,
        ).toContain(path);
    }
    const unknownField = await owner.post('/api/v1/disruptions', {
      ...valid(),
      outreachBody: 'Dear {{client.nmae}}, {{message}} {{promised}}',
    });
    expect(unknownField.body.error.details[0].message).toContain('{{client.nmae}}, {{promised}}');
    expect(
      (await owner.post('/api/v1/disruptions', { ...valid(), title: 'x'.repeat(1024 * 1024) })).status,
    ).toBe(413);
    expect(await snapshot(t)).toEqual(before);

    // Markup and SQL are only text: stored and shown as typed.
    const title = `Robert'); DROP TABLE disruptions;-- <script>alert(1)</script>`;
    const stored = await owner.post('/api/v1/disruptions', { ...valid(), title });
    expect(stored.status).toBe(201);
    expect(stored.body.disruption.title).toBe(title);
  });

  it('lets only the team declare and change; a stand-in reads only the disruptions and clients they stand in for', async () => {
    const { user: standIn, password } = await insertUser(t.database.db, workspaceId, 'stand_in');
    const standInApi = await signIn(t, standIn.email, password);
    const mine = await declareOver(owner, clientIds, { title: 'Stand-in covers' });
    const other = await declareOver(owner, clientIds, { title: 'Not theirs' });
    await standInFor(t, workspaceId, mine.disruption.id, clientIds[0] as string, standIn.id);

    const before = await snapshot(t);
    expect((await standInApi.post('/api/v1/disruptions', valid())).status).toBe(403);
    expect(
      (await standInApi.patch(`/api/v1/disruptions/${mine.disruption.id}`, { title: 'Mine now' })).status,
    ).toBe(403);
    expect(
      (
        await standInApi.post(`/api/v1/disruptions/${mine.disruption.id}/estimate`, {
          estimateOn: '2026-12-07',
        })
      ).status,
    ).toBe(403);
    expect(
      (await standInApi.post(`/api/v1/disruptions/${mine.disruption.id}/tell`, { send: false })).status,
    ).toBe(403);
    expect(
      (await standInApi.delete(`/api/v1/disruptions/${mine.disruption.id}/clients/${clientIds[0]}`)).status,
    ).toBe(403);
    expect(await snapshot(t)).toEqual(before);

    const list = await standInApi.get('/api/v1/disruptions');
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body.items.map((item: { title: string }) => item.title)).toEqual(['Stand-in covers']);
    expect(list.body.items[0].counts.affected).toBe(1);
    const one = await standInApi.get(`/api/v1/disruptions/${mine.disruption.id}`);
    expect(one.status).toBe(200);
    // The stand-in is team: they read the private detail too.
    expect(one.body.privateDetail).toBe('Surgery on Tuesday; recovery three weeks.');
    const clients = await standInApi.get(`/api/v1/disruptions/${mine.disruption.id}/clients`);
    expect(clients.body.items.map((item: { clientId: string }) => item.clientId)).toEqual([clientIds[0]]);

    for (const path of ['', '/clients', '/promises']) {
      const response = await standInApi.get(`/api/v1/disruptions/${other.disruption.id}${path}`);
      expect(response.status, path).toBe(404);
    }
    expect((await standInApi.get(`/api/v1/disruptions/${UNKNOWN}`)).status).toBe(404);
  });

  it('refuses bad ids, cursors and queries', async () => {
    const stranger = await otherWorkspaceOwner(t);
    const declared = await declareOver(owner, clientIds);
    expect((await stranger.get(`/api/v1/disruptions/${declared.disruption.id}`)).status).toBe(404);
    expect((await stranger.get(`/api/v1/disruptions/${declared.disruption.id}/clients`)).status).toBe(404);
    expect((await owner.get('/api/v1/disruptions/not-a-uuid')).status).toBe(400);
    expect((await owner.get('/api/v1/disruptions?status=paused')).status).toBe(400);
    expect((await owner.get('/api/v1/disruptions?limit=201')).status).toBe(400);
    expect((await owner.get('/api/v1/disruptions?cursor=forged')).status).toBe(400);
    const forged = Buffer.from(
      JSON.stringify([0, "2026-01-01'; drop table disruptions; --", UNKNOWN]),
    ).toString('base64url');
    expect((await owner.get(`/api/v1/disruptions?cursor=${forged}`)).status).toBe(400);
    expect(
      (await owner.get(`/api/v1/disruptions/${declared.disruption.id}/clients?state=happy`)).status,
    ).toBe(400);
    expect((await owner.patch(`/api/v1/disruptions/${declared.disruption.id}`, {})).status).toBe(400);
    expect(
      (await owner.patch(`/api/v1/disruptions/${declared.disruption.id}`, { outreachBody: '{{oops}}' })).body
        .error.details[0].path,
    ).toBe('outreachBody');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/disruptions' })).statusCode).toBe(401);
  });

  async function otherWorkspaceFixture() {
    const [row] = await queryRows<{ id: string }>(
      t.database.db,
      sql`insert into workspaces (id, name, response_policy)
        values (gen_random_uuid(), 'Elsewhere', '{}'::jsonb) returning id`,
    );
    return { workspaceId: row?.id as string };
  }
});
