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

async function countRows(t: TestApp, table: 'clients' | 'audit_log'): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from ${sql.identifier(table)}`,
  );
  return row?.n ?? 0;
}

describe('clients', () => {
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

  it('creates, reads, updates and archives a client, with an audit row for each change', async () => {
    const created = await owner.post('/api/v1/clients', {
      kind: 'business',
      name: 'Bramble & Co',
      company: 'Bramble & Co Ltd',
      email: 'Hello@Bramble.example',
      tags: ['retainer', 'design'],
      sells: 'Catering for events',
      sellsTags: ['catering'],
      since: '2023-03-01',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Bramble & Co',
      email: 'hello@bramble.example',
      status: 'active',
    });
    const id = created.body.id;

    const read = await owner.get(`/api/v1/clients/${id}`);
    expect(read.body.summary).toEqual({
      tenureDays: 1363,
      lastContactAt: null,
      openCallbacks: 0,
      overdueCallbacks: 0,
      openTasks: 0,
    });

    const updated = await owner.patch(`/api/v1/clients/${id}`, {
      status: 'paused',
      phone: '+44 20 7946 0000',
    });
    expect(updated.body).toMatchObject({ status: 'paused', phone: '+44 20 7946 0000', name: 'Bramble & Co' });

    expect((await owner.post(`/api/v1/clients/${id}/archive`)).body.archivedAt).not.toBeNull();
    const visible = await owner.get('/api/v1/clients?q=bramble');
    expect(visible.body.items).toHaveLength(0);
    const archived = await owner.get('/api/v1/clients?q=bramble&archived=true');
    expect(archived.body.items.map((client: { id: string }) => client.id)).toEqual([id]);
    await owner.post(`/api/v1/clients/${id}/unarchive`);

    const [audit] = await queryRows<{ actions: string[] }>(
      t.database.db,
      sql`select array_agg(action order by id) as actions from audit_log where entity_id = ${id}`,
    );
    expect(audit?.actions).toEqual(['client.create', 'client.update', 'client.archive', 'client.unarchive']);
    const [change] = await queryRows<{ before: { status: string }; after: { status: string } }>(
      t.database.db,
      sql`select before, after from audit_log where entity_id = ${id} and action = 'client.update'`,
    );
    expect(change?.before.status).toBe('active');
    expect(change?.after.status).toBe('paused');
  });

  it('finds clients by prefix, substring and with a typo', async () => {
    for (const name of ['Margaret Holloway', 'Marcus Hale', 'Priya Ramanathan', 'Holloway Printing']) {
      await owner.post('/api/v1/clients', {
        name,
        email: `${name.split(' ')[0]?.toLowerCase()}@search.example`,
      });
    }
    const names = async (q: string) =>
      (await owner.get(`/api/v1/clients?q=${encodeURIComponent(q)}`)).body.items.map(
        (client: { name: string }) => client.name,
      );

    expect(await names('mar')).toEqual(['Marcus Hale', 'Margaret Holloway']);
    expect((await names('holloway')).sort()).toEqual(['Holloway Printing', 'Margaret Holloway']);
    // Exact substring hits come first; fuzzy neighbours (same e-mail domain) may follow.
    expect((await names('priya@search'))[0]).toBe('Priya Ramanathan');
    expect(await names('ramanathn')).toContain('Priya Ramanathan');
    expect(await names('%')).toEqual([]);
    expect(await names("' or 1=1 --")).toEqual([]);
  });

  it('pages through every client exactly once in each sort order', async () => {
    for (let i = 0; i < 23; i++)
      await insertClient(t.database.db, workspaceId, {
        name: `Page ${String(i).padStart(2, '0')}`,
        tags: ['paged'],
      });
    for (const sort of ['name', '-name', 'created', '-created']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/v1/clients?tag=paged&sort=${sort}&limit=5${cursor ? `&cursor=${cursor}` : ''}`;
        const response = await owner.get(url);
        expect(response.status).toBe(200);
        seen.push(...response.body.items.map((client: { name: string }) => client.name));
        cursor = response.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(23);
      expect(new Set(seen).size).toBe(23);
      if (sort === 'name') expect(seen).toEqual([...seen].sort());
      if (sort === '-name') expect(seen).toEqual([...seen].sort().reverse());
    }
  });

  it('filters by status and tag', async () => {
    await owner.post('/api/v1/clients', { name: 'Filter Prospect', status: 'prospect', tags: ['filter-me'] });
    await owner.post('/api/v1/clients', { name: 'Filter Active', tags: ['filter-me'] });
    const prospects = await owner.get('/api/v1/clients?tag=filter-me&status=prospect');
    expect(prospects.body.items.map((client: { name: string }) => client.name)).toEqual(['Filter Prospect']);
  });

  it('shows a stand-in only the clients assigned to them, and 404 for the rest', async () => {
    const assigned = await insertClient(t.database.db, workspaceId, { name: 'Assigned Ada' });
    const other = await insertClient(t.database.db, workspaceId, { name: 'Unassigned Uma' });
    const { user, password } = await insertUser(t.database.db, workspaceId, 'stand_in');
    await owner.send('PUT', `/api/v1/clients/${assigned.id}/assignments`, { userIds: [user.id] });
    const standIn = await signIn(t, user.email, password);

    const list = await standIn.get('/api/v1/clients?limit=200');
    expect(list.body.items.map((client: { id: string }) => client.id)).toEqual([assigned.id]);
    expect((await standIn.get('/api/v1/clients?q=uma')).body.items).toEqual([]);
    expect((await standIn.get(`/api/v1/clients/${assigned.id}`)).status).toBe(200);
    expect((await standIn.get(`/api/v1/clients/${other.id}`)).status).toBe(404);
    expect((await standIn.patch(`/api/v1/clients/${other.id}`, { name: 'Hijacked' })).status).toBe(404);
    expect((await standIn.post('/api/v1/clients', { name: 'New by stand-in' })).status).toBe(403);
    expect((await standIn.post(`/api/v1/clients/${assigned.id}/archive`)).status).toBe(403);
    expect(
      (await standIn.send('PUT', `/api/v1/clients/${assigned.id}/assignments`, { userIds: [] })).status,
    ).toBe(403);
  });

  it('refuses bad and hostile input with the error shape and writes nothing', async () => {
    const before = { clients: await countRows(t, 'clients'), audit: await countRows(t, 'audit_log') };
    const refused = [
      await owner.post('/api/v1/clients', {}),
      await owner.post('/api/v1/clients', { name: 'x', unknownField: 1 }),
      await owner.post('/api/v1/clients', { name: 42 }),
      await owner.post('/api/v1/clients', { name: 'x', status: 'deleted' }),
      await owner.post('/api/v1/clients', { name: 'x', since: '2026-02-30' }),
      await owner.post('/api/v1/clients', { name: 'x', email: 'not an email' }),
      await owner.post('/api/v1/clients', { name: 'x'.repeat(1_000_000) }),
      await owner.post('/api/v1/clients', { name: 'x', notes: 'x'.repeat(2_000_000) }),
      await owner.post('/api/v1/clients', { name: 'x', ownerUserId: '00000000-0000-4000-8000-000000000000' }),
      await owner.send('POST', '/api/v1/clients', 'name=x', {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      await owner.get('/api/v1/clients?limit=1000'),
      await owner.get('/api/v1/clients?cursor=forged'),
      await owner.get('/api/v1/clients/not-a-uuid'),
    ];
    for (const response of refused) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
    expect(refused[6]?.status).toBe(400);
    expect(refused[7]?.status).toBe(413);
    expect({ clients: await countRows(t, 'clients'), audit: await countRows(t, 'audit_log') }).toEqual(
      before,
    );
  });

  it('stores HTML and SQL in text fields verbatim, as data', async () => {
    const name = `<img src=x onerror=alert(1)> Robert'); DROP TABLE clients;--`;
    const created = await owner.post('/api/v1/clients', { name, notes: '<script>alert(1)</script>' });
    expect(created.status).toBe(201);
    expect((await owner.get(`/api/v1/clients/${created.body.id}`)).body).toMatchObject({
      name,
      notes: '<script>alert(1)</script>',
    });
  });

  it('keeps workspaces apart', async () => {
    const stranger = await insertClient(t.database.db, workspaceId, { name: 'Mine' });
    // A second workspace cannot be set up through the API, so make its owner directly.
    const [other] = await queryRows<{ id: string }>(
      t.database.db,
      sql`insert into workspaces (id, name, response_policy) values (gen_random_uuid(), 'Other', '{}') returning id`,
    );
    const { user, password } = await insertUser(t.database.db, other?.id as string, 'owner');
    const outsider = await signIn(t, user.email, password);
    expect((await outsider.get(`/api/v1/clients/${stranger.id}`)).status).toBe(404);
    expect((await outsider.get('/api/v1/clients?limit=200')).body.items).toEqual([]);
  });

  it('requires a signed-in user', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/clients' });
    expect(response.statusCode).toBe(401);
  });
});
