import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignClient, insertClient, insertUser } from '../../../test/support/factories.ts';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';
import { endStandInAssignments } from './end-stand-ins.ts';
import {
  countRows,
  type DisruptionFixture,
  disruptionWithClients,
  GOOD_REPORT,
  signedInStandIn,
  standInsOf,
} from './oversight-test-aids.ts';

describe('stand-ins for a disruption', () => {
  let t: TestApp;
  let owner: ApiClient;
  let workspaceId: string;
  let fixture: DisruptionFixture;
  let sam: Awaited<ReturnType<typeof signedInStandIn>>;
  let ana: Awaited<ReturnType<typeof signedInStandIn>>;
  let url: string;
  const client = (i: number) => fixture.clients[i] as { id: string; name: string };

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
    fixture = await disruptionWithClients(t, workspaceId, [
      'Alder Cafe',
      'Birch Yoga',
      'Cedar Books',
      'Dune Surf',
    ]);
    sam = await signedInStandIn(t, workspaceId, 'Sam Stand-in');
    ana = await signedInStandIn(t, workspaceId, 'Ana Stand-in');
    url = `/api/v1/disruptions/${fixture.disruptionId}/stand-ins`;
  });
  afterAll(() => t.close());

  it('gives a stand-in exactly the assigned clients, through the whole API', async () => {
    const assigned = await owner.send('PUT', url, {
      assignments: [
        { clientId: client(0).id, userId: sam.user.id },
        { clientId: client(1).id, userId: sam.user.id },
        { clientId: client(2).id, userId: ana.user.id },
      ],
    });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    expect(assigned.body).toEqual({ changed: 3, unchanged: 0 });

    expect((await sam.api.get(`/api/v1/clients/${client(0).id}`)).status).toBe(200);
    expect((await sam.api.get(`/api/v1/clients/${client(2).id}`)).status).toBe(404);
    expect((await sam.api.get(`/api/v1/clients/${client(3).id}`)).status).toBe(404);
    const listed = (await sam.api.get('/api/v1/clients?limit=200')).body.items.map(
      (c: { id: string }) => c.id,
    );
    expect(listed.sort()).toEqual([client(0).id, client(1).id].sort());

    // Filing a report follows the same line: their client yes, anyone else's 404.
    const reports = `/api/v1/disruptions/${fixture.disruptionId}/clients`;
    expect((await sam.api.post(`${reports}/${client(0).id}/reports`, GOOD_REPORT)).status).toBe(201);
    const before = await countRows(t);
    expect((await sam.api.post(`${reports}/${client(2).id}/reports`, GOOD_REPORT)).status).toBe(404);
    expect((await sam.api.post(`${reports}/${client(3).id}/reports`, GOOD_REPORT)).status).toBe(404);
    expect(await countRows(t)).toEqual(before);

    const rows = await queryRows<{ user_id: string; disruption_id: string }>(
      t.database.db,
      sql`select user_id, disruption_id from client_assignments where client_id = ${client(0).id}`,
    );
    expect(rows).toEqual([{ user_id: sam.user.id, disruption_id: fixture.disruptionId }]);
    const audit = await queryRows<{ after: { clientId: string; standInUserId: string } }>(
      t.database.db,
      sql`select after from audit_log where action = 'disruption.stand_in' and entity_id = ${fixture.disruptionId}`,
    );
    expect(audit.map((row) => row.after)).toContainEqual({
      clientId: client(2).id,
      standInUserId: ana.user.id,
    });
  });

  it('moves a client to another stand-in and takes it back, leaving assignments made by hand alone', async () => {
    // Ana also looks after Dune Surf outside the disruption.
    await assignClient(t.database.db, workspaceId, client(3).id, ana.user.id);
    const moved = await owner.send('PUT', url, {
      assignments: [
        { clientId: client(1).id, userId: ana.user.id },
        { clientId: client(3).id, userId: ana.user.id },
        { clientId: client(0).id, userId: sam.user.id },
      ],
    });
    expect(moved.body).toEqual({ changed: 2, unchanged: 1 });
    expect((await sam.api.get(`/api/v1/clients/${client(1).id}`)).status).toBe(404);
    expect((await ana.api.get(`/api/v1/clients/${client(1).id}`)).status).toBe(200);

    const back = await owner.send('PUT', url, { assignments: [{ clientId: client(3).id, userId: null }] });
    expect(back.body).toEqual({ changed: 1, unchanged: 0 });
    expect((await standInsOf(t, fixture.disruptionId)).get(client(3).id)).toBeNull();
    // The hand-made assignment was there first and stays.
    expect((await ana.api.get(`/api/v1/clients/${client(3).id}`)).status).toBe(200);

    // Ending the disruption's access (resolution) removes only what it granted.
    await endStandInAssignments(t.database.db, workspaceId, fixture.disruptionId, [client(1).id]);
    expect((await ana.api.get(`/api/v1/clients/${client(1).id}`)).status).toBe(404);
    expect((await ana.api.get(`/api/v1/clients/${client(3).id}`)).status).toBe(200);
    await owner.send('PUT', url, { assignments: [{ clientId: client(1).id, userId: null }] });
    await owner.send('PUT', url, { assignments: [{ clientId: client(1).id, userId: ana.user.id }] });
    expect((await ana.api.get(`/api/v1/clients/${client(1).id}`)).status).toBe(200);
  });

  it('refuses bad rows by name and changes nothing', async () => {
    const { user: staff } = await insertUser(t.database.db, workspaceId, 'staff');
    const { user: gone } = await insertUser(t.database.db, workspaceId, 'stand_in', {
      disabledAt: new Date(),
    });
    const other = await disruptionWithClients(t, workspaceId, ['Elm Bakery']);
    const before = { counts: await countRows(t), standIns: await standInsOf(t, fixture.disruptionId) };

    const bad = await owner.send('PUT', url, {
      assignments: [
        { clientId: client(0).id, userId: ana.user.id },
        { clientId: client(1).id, userId: staff.id },
        { clientId: client(2).id, userId: gone.id },
        { clientId: other.clients[0]?.id, userId: sam.user.id },
        { clientId: client(0).id, userId: null },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(['assignments.4.clientId']);
    const badUsers = await owner.send('PUT', url, {
      assignments: [
        { clientId: client(0).id, userId: ana.user.id },
        { clientId: client(1).id, userId: staff.id },
        { clientId: client(2).id, userId: gone.id },
        { clientId: other.clients[0]?.id, userId: sam.user.id },
      ],
    });
    expect(badUsers.status).toBe(400);
    expect(badUsers.body.error.details).toEqual([
      { path: 'assignments.1.userId', message: 'Not an active stand-in of this workspace' },
      { path: 'assignments.2.userId', message: 'Not an active stand-in of this workspace' },
      { path: 'assignments.3.clientId', message: 'Not affected by this disruption' },
    ]);

    expect(
      (await sam.api.send('PUT', url, { assignments: [{ clientId: client(0).id, userId: sam.user.id }] }))
        .status,
    ).toBe(403);
    expect(
      (
        await owner.send('PUT', `/api/v1/disruptions/${other.clients[0]?.id}/stand-ins`, {
          assignments: [{ clientId: client(0).id, userId: sam.user.id }],
        })
      ).status,
    ).toBe(404);
    expect((await owner.send('PUT', url, { assignments: [] })).status).toBe(400);
    expect((await owner.send('PUT', url, { assignments: [{ clientId: 'nope', userId: null }] })).status).toBe(
      400,
    );
    expect({ counts: await countRows(t), standIns: await standInsOf(t, fixture.disruptionId) }).toEqual(
      before,
    );
  });

  it('lists each stand-in with their clients and report counts, and the clients with their stand-in', async () => {
    const summary = await owner.get(url);
    expect(summary.status).toBe(200);
    const byName = new Map(
      summary.body.items.map((item: { user: { name: string } }) => [item.user.name, item]),
    );
    expect(byName.get('Sam Stand-in')).toMatchObject({
      clients: [{ id: client(0).id, name: 'Alder Cafe' }],
      reports: { submitted: 1, accepted: 0, sent_back: 0 },
    });
    expect(byName.get('Ana Stand-in')).toMatchObject({
      clients: [
        { id: client(1).id, name: 'Birch Yoga' },
        { id: client(2).id, name: 'Cedar Books' },
      ],
      reports: { submitted: 0, accepted: 0, sent_back: 0 },
    });
    expect((await sam.api.get(url)).status).toBe(403);

    const table = await owner.get(`${url}/clients?limit=2`);
    expect(table.body.items.map((row: { client: { name: string } }) => row.client.name)).toEqual([
      'Alder Cafe',
      'Birch Yoga',
    ]);
    expect(table.body.items[0]).toMatchObject({
      standIn: { id: sam.user.id, name: 'Sam Stand-in' },
      lastReport: { status: 'submitted' },
    });
    const rest = await owner.get(`${url}/clients?limit=2&cursor=${table.body.nextCursor}`);
    expect(rest.body.items.map((row: { client: { name: string } }) => row.client.name)).toEqual([
      'Cedar Books',
      'Dune Surf',
    ]);
    expect(rest.body.nextCursor).toBeNull();
    const nobody = await owner.get(`${url}/clients?standIn=none`);
    expect(nobody.body.items.map((row: { client: { name: string } }) => row.client.name)).toEqual([
      'Dune Surf',
    ]);

    const mine = await ana.api.get(`${url}/clients`);
    expect(mine.body.items.map((row: { client: { name: string } }) => row.client.name)).toEqual([
      'Birch Yoga',
      'Cedar Books',
    ]);
    const outsider = await signedInStandIn(t, workspaceId, 'Olga Outsider');
    expect((await outsider.api.get(`${url}/clients`)).status).toBe(404);
  });

  it('refuses changes once the disruption is resolved', async () => {
    const resolved = await disruptionWithClients(t, workspaceId, ['Fir Dental']);
    await t.database.db.execute(
      sql`update disruptions set status = 'resolved', resolved_at = now(), resolved_on = '2026-11-23' where id = ${resolved.disruptionId}`,
    );
    const response = await owner.send('PUT', `/api/v1/disruptions/${resolved.disruptionId}/stand-ins`, {
      assignments: [{ clientId: resolved.clients[0]?.id, userId: sam.user.id }],
    });
    expect(response.status).toBe(422);
    expect((await standInsOf(t, resolved.disruptionId)).get(resolved.clients[0]?.id ?? '')).toBeNull();
  });

  it('works the same on a disruption declared through the API', async () => {
    const clients = [await insertClient(t.database.db, workspaceId, { name: 'Gorse Garden Centre' })];
    const declared = await owner.post('/api/v1/disruptions', {
      title: 'Studio flooded',
      clientMessage: 'Our studio is closed for repairs; your work continues from home.',
      audience: { kind: 'chosen', clientIds: clients.map((c) => c.id) },
    });
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);
    const base = `/api/v1/disruptions/${declared.body.disruption.id}`;
    const assigned = await owner.send('PUT', `${base}/stand-ins`, {
      assignments: [{ clientId: clients[0]?.id, userId: sam.user.id }],
    });
    expect(assigned.body).toEqual({ changed: 1, unchanged: 0 });
    // The client's outreach, still open, is now the stand-in's to do.
    const [affected] = (await owner.get(`${base}/clients`)).body.items;
    expect(affected.outreachTask).toMatchObject({ doneAt: null, assignee: { id: sam.user.id } });
    const filed = await sam.api.post(`${base}/clients/${clients[0]?.id}/reports`, GOOD_REPORT);
    expect(filed.status).toBe(201);
    expect((await sam.api.get(`${base}/reports`)).body.items.map((r: { id: string }) => r.id)).toEqual([
      filed.body.id,
    ]);
  });

  it('keeps a stand-in on a client another active disruption still gives them', async () => {
    const first = await disruptionWithClients(t, workspaceId, ['Holly Florist']);
    const holly = first.clients[0]?.id as string;
    const second = await disruptionWithClients(t, workspaceId, [], { alsoAffected: [holly] });
    const put = (d: string, userId: string | null) =>
      owner.send('PUT', `/api/v1/disruptions/${d}/stand-ins`, { assignments: [{ clientId: holly, userId }] });
    expect((await put(first.disruptionId, sam.user.id)).status).toBe(200);
    expect((await put(second.disruptionId, sam.user.id)).status).toBe(200);

    // Taken back in the first, Sam still covers Holly for the second.
    await put(first.disruptionId, null);
    expect((await sam.api.get(`/api/v1/clients/${holly}`)).status).toBe(200);
    const [row] = await queryRows<{ disruption_id: string }>(
      t.database.db,
      sql`select disruption_id from client_assignments where client_id = ${holly} and user_id = ${sam.user.id}`,
    );
    expect(row?.disruption_id).toBe(second.disruptionId);
    // Ending the second too ends the access.
    await endStandInAssignments(t.database.db, workspaceId, second.disruptionId);
    expect((await sam.api.get(`/api/v1/clients/${holly}`)).status).toBe(404);
  });
});
