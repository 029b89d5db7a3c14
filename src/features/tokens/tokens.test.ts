import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient, insertUser } from '../../../test/support/factories.ts';
import { ApiClient, setupOwner, signIn, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { systemActor } from '../../core/auth/actor.ts';
import { queryRows } from '../../db/query-rows.ts';
import { createApiToken } from './create-api-token.ts';

async function countRows(t: TestApp, table: 'api_tokens' | 'audit_log'): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from ${sql.identifier(table)}`,
  );
  return row?.n ?? 0;
}

describe('API tokens', () => {
  let t: TestApp;
  let owner: ApiClient;
  let ownerId: string;
  let workspaceId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    ownerId = setup.me.user.id;
    workspaceId = setup.me.workspace.id;
  });
  afterAll(() => t.close());

  it('shows the secret once, works as a Bearer token on the API, and is never listed again', async () => {
    const created = await owner.post('/api/v1/tokens', { name: 'Nightly export' });
    expect(created.status).toBe(201);
    const { token, id, prefix } = created.body;
    expect(created.body).toEqual({ token, id, name: 'Nightly export', prefix, expiresAt: null });
    expect(token).toMatch(/^rt_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(prefix)).toBe(true);
    expect(prefix.length).toBeLessThan(12);

    const script = new ApiClient(t.app, { bearer: token });
    expect((await script.get('/api/v1/auth/me')).body.user.id).toBe(ownerId);
    const client = await insertClient(t.database.db, workspaceId, { name: 'Scripted Client' });
    const task = await script.post('/api/v1/tasks', { title: 'Made by a script', clientId: client.id });
    expect(task.status).toBe(201);
    expect(task.body.clientName).toBe('Scripted Client');

    const listed = await owner.get('/api/v1/tokens');
    expect(listed.body.items).toEqual([
      {
        id,
        name: 'Nightly export',
        prefix,
        createdAt: expect.any(String),
        lastUsedAt: expect.any(String),
        expiresAt: null,
        revokedAt: null,
      },
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(token);
    const stored = await queryRows<{ token_hash: string }>(
      t.database.db,
      sql`select token_hash from api_tokens`,
    );
    expect(JSON.stringify(stored)).not.toContain(token);
    const audit = await queryRows<{ text: string }>(
      t.database.db,
      sql`select coalesce(after::text, '') as text from audit_log where entity_type = 'api_token'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.text).not.toContain(token);
    expect(audit[0]?.text).not.toContain(stored[0]?.token_hash);
  });

  it('revokes a token so Bearer auth fails with 401', async () => {
    const { token, id } = (await owner.post('/api/v1/tokens', { name: 'Short-lived' })).body;
    const script = new ApiClient(t.app, { bearer: token });
    expect((await script.get('/api/v1/tasks')).status).toBe(200);

    const revoked = await owner.delete(`/api/v1/tokens/${id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    const refused = await script.get('/api/v1/tasks');
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('unauthenticated');

    // Revoking again changes nothing and records nothing.
    const auditBefore = await countRows(t, 'audit_log');
    expect((await owner.delete(`/api/v1/tokens/${id}`)).body.revokedAt).toBe(revoked.body.revokedAt);
    expect(await countRows(t, 'audit_log')).toBe(auditBefore);
  });

  it('refuses an expired token', async () => {
    // Made a long time ago with one day to live; whichever clock checks it, that day is over.
    t.clock.current = new Date('2024-03-01T12:00:00Z');
    const { token, expiresAt } = (await owner.post('/api/v1/tokens', { name: 'Old', expiresInDays: 1 })).body;
    expect(expiresAt).toBe('2024-03-02T12:00:00.000Z');
    t.clock.current = new Date('2026-11-23T09:00:00Z');
    expect((await new ApiClient(t.app, { bearer: token }).get('/api/v1/auth/me')).status).toBe(401);

    // A token whose days are not yet over still works.
    t.clock.current = new Date();
    const fresh = (await owner.post('/api/v1/tokens', { name: 'Fresh', expiresInDays: 30 })).body;
    t.clock.current = new Date('2026-11-23T09:00:00Z');
    expect((await new ApiClient(t.app, { bearer: fresh.token }).get('/api/v1/auth/me')).status).toBe(200);
    expect((await new ApiClient(t.app, { bearer: 'rt_made-up' }).get('/api/v1/auth/me')).status).toBe(401);
  });

  it("keeps each user's tokens to themselves", async () => {
    const { user, password } = await insertUser(t.database.db, workspaceId, 'stand_in');
    const standIn = await signIn(t, user.email, password);
    const own = await standIn.post('/api/v1/tokens', { name: 'Mine' });
    expect(own.status).toBe(201);
    expect((await standIn.get('/api/v1/tokens')).body.items.map((row: { id: string }) => row.id)).toEqual([
      own.body.id,
    ]);
    const ownerTokens = (await owner.get('/api/v1/tokens?limit=200')).body.items;
    expect(ownerTokens.map((row: { id: string }) => row.id)).not.toContain(own.body.id);
    expect((await standIn.delete(`/api/v1/tokens/${ownerTokens[0].id}`)).status).toBe(404);
    expect((await owner.delete(`/api/v1/tokens/${own.body.id}`)).status).toBe(404);
    // The stand-in's token carries the stand-in's limits, not more.
    expect((await new ApiClient(t.app, { bearer: own.body.token }).get('/api/v1/audit')).status).toBe(403);
  });

  it('pages through tokens newest first', async () => {
    const { user, password } = await insertUser(t.database.db, workspaceId, 'staff');
    const api = await signIn(t, user.email, password);
    const ids: string[] = [];
    for (let n = 0; n < 5; n++) ids.push((await api.post('/api/v1/tokens', { name: `token ${n}` })).body.id);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await api.get(`/api/v1/tokens?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).body;
      paged.push(...page.items.map((row: { id: string }) => row.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(ids.reverse());
  });

  it('refuses bad input and writes nothing', async () => {
    const before = { tokens: await countRows(t, 'api_tokens'), audit: await countRows(t, 'audit_log') };
    for (const body of [
      {},
      { name: '' },
      { name: 'x', expiresInDays: 0 },
      { name: 'x', expiresInDays: 1.5 },
      { name: 'x', expiresInDays: '7' },
      { name: 'x', expiresInDays: 100_000 },
      { name: 'x', userId: ownerId },
      { name: 'x'.repeat(101) },
    ]) {
      const response = await owner.post('/api/v1/tokens', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe('invalid_input');
    }
    expect((await owner.delete('/api/v1/tokens/not-a-uuid')).status).toBe(400);
    expect((await owner.get('/api/v1/tokens?cursor=WyJ4Il0')).status).toBe(400);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'anon' } })).statusCode,
    ).toBe(401);
    expect({ tokens: await countRows(t, 'api_tokens'), audit: await countRows(t, 'audit_log') }).toEqual(
      before,
    );
  });

  it('is callable from the CLI for a named user', async () => {
    const { user } = await insertUser(t.database.db, workspaceId, 'staff');
    const created = await createApiToken(t.database.db, systemActor(workspaceId, 'cli'), {
      name: 'from the cli',
      userId: user.id,
    });
    const me = await new ApiClient(t.app, { bearer: created.token }).get('/api/v1/auth/me');
    expect(me.body.user.id).toBe(user.id);
    await expect(
      createApiToken(t.database.db, systemActor(workspaceId), { name: 'nobody' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
    // A staff member cannot mint a token for someone else.
    const staffActor = { workspaceId, userId: user.id, role: 'staff' as const, label: user.name };
    await expect(
      createApiToken(t.database.db, staffActor, { name: 'for owner', userId: ownerId }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
