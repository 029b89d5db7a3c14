import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../../test/support/factories.ts';
import {
  ApiClient,
  OWNER,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { systemActor } from '../../core/auth/actor.ts';
import { queryRows } from '../../db/query-rows.ts';
import { createUser } from './create-user.ts';

async function countRows(t: TestApp, table: 'users' | 'audit_log'): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from ${sql.identifier(table)}`,
  );
  return row?.n ?? 0;
}

const newUser = (n: string, role = 'staff') => ({
  name: `New ${n}`,
  email: `new-${n}@example.com`,
  role,
  password: `a long password ${n}`,
});

describe('users', () => {
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

  it('lets the owner add a user who can then sign in, and audits it without the password', async () => {
    const input = newUser('stella', 'stand_in');
    const created = await owner.post('/api/v1/users', { ...input, email: ' New-Stella@Example.com ' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: 'New stella',
      email: 'new-stella@example.com',
      role: 'stand_in',
      disabled: false,
    });
    const api = await signIn(t, input.email, input.password);
    expect((await api.get('/api/v1/auth/me')).body.user.role).toBe('stand_in');

    const [audit] = await queryRows<{ action: string; text: string }>(
      t.database.db,
      sql`select action, after::text as text from audit_log where entity_id = ${created.body.id} and action = 'user.create'`,
    );
    expect(audit?.action).toBe('user.create');
    expect(audit?.text).not.toMatch(/argon|password|hash/i);
  });

  it('lists users by name for everyone signed in, a page at a time', async () => {
    const { user, password } = await insertUser(t.database.db, workspaceId, 'stand_in', {
      name: 'Aaron Able',
    });
    const api = await signIn(t, user.email, password);
    const first = await api.get('/api/v1/users?limit=200');
    expect(first.status).toBe(200);
    const names = first.body.items.map((item: { name: string }) => item.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    expect(first.body.items[0]).toEqual({
      id: user.id,
      name: 'Aaron Able',
      email: user.email,
      role: 'stand_in',
      disabled: false,
    });
    expect(JSON.stringify(first.body)).not.toMatch(/argon|passwordHash/);

    const paged: unknown[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: unknown[]; nextCursor: string | null } = (
        await api.get(`/api/v1/users?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      ).body;
      paged.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged.length).toBeGreaterThan(1);
    expect(paged).toEqual(first.body.items);
  });

  it('refuses a second user with the same e-mail, in any case, with 409', async () => {
    const usersBefore = await countRows(t, 'users');
    const response = await owner.post('/api/v1/users', {
      ...newUser('dup'),
      email: OWNER.email.toUpperCase(),
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('conflict');
    expect(await countRows(t, 'users')).toBe(usersBefore);
  });

  it('refuses staff and stand-ins with 403 and writes nothing', async () => {
    const target = (await owner.post('/api/v1/users', newUser('target'))).body;
    const before = { users: await countRows(t, 'users'), audit: await countRows(t, 'audit_log') };
    for (const role of ['staff', 'stand_in'] as const) {
      const { user, password } = await insertUser(t.database.db, workspaceId, role);
      const api = await signIn(t, user.email, password);
      before.users++;
      before.audit++; // the sign-in itself
      const create = await api.post('/api/v1/users', newUser(`by-${role}`, 'owner'));
      expect(create.status).toBe(403);
      expect(create.body.error.code).toBe('forbidden');
      expect((await api.patch(`/api/v1/users/${target.id}`, { role: 'owner' })).status).toBe(403);
      expect((await api.patch(`/api/v1/users/${user.id}`, { role: 'owner' })).status).toBe(403);
    }
    expect({ users: await countRows(t, 'users'), audit: await countRows(t, 'audit_log') }).toEqual(before);
  });

  it('disables a user: their session stops working and they cannot sign in; enabling lets them back', async () => {
    const input = newUser('dana');
    const dana = (await owner.post('/api/v1/users', input)).body;
    const session = await signIn(t, input.email, input.password);
    const token = (await session.post('/api/v1/tokens', { name: 'dana script' })).body.token;
    const bearer = new ApiClient(t.app, { bearer: token });
    expect((await bearer.get('/api/v1/auth/me')).status).toBe(200);

    const disabled = await owner.patch(`/api/v1/users/${dana.id}`, { disabled: true });
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabled).toBe(true);
    expect((await session.get('/api/v1/auth/me')).status).toBe(401);
    expect((await bearer.get('/api/v1/auth/me')).status).toBe(401);
    const login = await new ApiClient(t.app).post('/api/v1/auth/login', {
      email: input.email,
      password: input.password,
    });
    expect(login.status).toBe(401);

    const enabled = await owner.patch(`/api/v1/users/${dana.id}`, { disabled: false, name: 'Dana Back' });
    expect(enabled.body).toMatchObject({ disabled: false, name: 'Dana Back' });
    // The old session was ended, not merely suspended.
    expect((await session.get('/api/v1/auth/me')).status).toBe(401);
    expect((await (await signIn(t, input.email, input.password)).get('/api/v1/auth/me')).status).toBe(200);

    const rows = await queryRows<{ before: { disabled: boolean }; after: { disabled: boolean } }>(
      t.database.db,
      sql`select before, after from audit_log where entity_id = ${dana.id} and action = 'user.update' order by id`,
    );
    expect(rows.map((row) => [row.before.disabled, row.after.disabled])).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it('never lets the last active owner be demoted or disabled', async () => {
    const auditBefore = await countRows(t, 'audit_log');
    for (const change of [{ role: 'staff' }, { disabled: true }, { role: 'stand_in', name: 'Still Olive' }]) {
      const response = await owner.patch(`/api/v1/users/${ownerId}`, change);
      expect(response.status, JSON.stringify(change)).toBe(422);
      expect(response.body.error.code).toBe('rule_refused');
    }
    expect(await countRows(t, 'audit_log')).toBe(auditBefore);
    expect((await owner.get('/api/v1/auth/me')).body.user).toMatchObject({
      role: 'owner',
      name: 'Olive Owner',
    });

    // With a second owner the first may step down; then the second is the last one.
    const input = newUser('otto', 'owner');
    const otto = (await owner.post('/api/v1/users', input)).body;
    const ottoApi = await signIn(t, input.email, input.password);
    expect((await owner.patch(`/api/v1/users/${ownerId}`, { role: 'staff' })).status).toBe(200);
    expect((await ottoApi.patch(`/api/v1/users/${otto.id}`, { disabled: true })).status).toBe(422);
    // A disabled owner does not count as the workspace's owner either.
    const ghost = (await ottoApi.post('/api/v1/users', newUser('ghost', 'owner'))).body;
    expect((await ottoApi.patch(`/api/v1/users/${ghost.id}`, { disabled: true })).status).toBe(200);
    expect((await ottoApi.patch(`/api/v1/users/${otto.id}`, { role: 'staff' })).status).toBe(422);
    expect((await ottoApi.patch(`/api/v1/users/${ownerId}`, { role: 'owner' })).status).toBe(200);
  });

  it('refuses bad and hostile input and unknown users, writing nothing', async () => {
    const before = { users: await countRows(t, 'users'), audit: await countRows(t, 'audit_log') };
    const bad: [unknown, number][] = [
      [{ ...newUser('a'), password: 'short' }, 400],
      [{ ...newUser('b'), role: 'admin' }, 400],
      [{ ...newUser('c'), email: 'not-an-email' }, 400],
      [{ ...newUser('d'), isAdmin: true }, 400],
      [{ ...newUser('e'), name: '' }, 400],
      [{ ...newUser('f'), name: 'x'.repeat(1024 * 1024) }, 413],
      [{ ...newUser('g'), email: "x@example.com'; drop table users; --" }, 400],
    ];
    for (const [body, status] of bad) {
      expect((await owner.post('/api/v1/users', body)).status, JSON.stringify(body).slice(0, 80)).toBe(
        status,
      );
    }
    expect(
      (await owner.patch('/api/v1/users/00000000-0000-7000-8000-000000000000', { name: 'x' })).status,
    ).toBe(404);
    expect((await owner.patch(`/api/v1/users/${ownerId}`, {})).status).toBe(400);
    expect((await owner.patch(`/api/v1/users/${ownerId}`, { password: 'new password here' })).status).toBe(
      400,
    );
    expect({ users: await countRows(t, 'users'), audit: await countRows(t, 'audit_log') }).toEqual(before);
  });

  it('is callable from the CLI with a system actor, with the same validation', async () => {
    const actor = systemActor(workspaceId, 'cli');
    const user = await createUser(t.database.db, actor, {
      name: 'Cli Made',
      email: 'CLI@example.com',
      role: 'staff',
      password: 'cli password long',
    });
    expect(user).toMatchObject({ email: 'cli@example.com', role: 'staff' });
    await expect(
      createUser(t.database.db, actor, {
        name: 'x',
        email: 'y@example.com',
        role: 'staff',
        password: 'short',
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      createUser(t.database.db, actor, {
        name: 'x',
        email: 'cli@example.com',
        role: 'staff',
        password: 'long enough pw',
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });
});
