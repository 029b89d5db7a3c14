import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignClient, insertClient, insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';
import { workspaces } from '../../db/schema/index.ts';

async function countRows(t: TestApp, table: 'tasks' | 'audit_log'): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from ${sql.identifier(table)}`,
  );
  return row?.n ?? 0;
}

describe('tasks', () => {
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

  const setTimeZone = (timezone: string) =>
    t.database.db.update(workspaces).set({ timezone }).where(eq(workspaces.id, workspaceId));

  it('creates a task for its creator by default, lists it and audits the change', async () => {
    const client = await insertClient(t.database.db, workspaceId, { name: 'Marlow Bakery' });
    const created = await owner.post('/api/v1/tasks', {
      title: 'Send the renewal proposal',
      notes: 'Mention the loyalty discount',
      clientId: client.id,
      dueOn: '2026-11-30',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Send the renewal proposal',
      notes: 'Mention the loyalty discount',
      clientId: client.id,
      clientName: 'Marlow Bakery',
      assignee: { id: ownerId, name: 'Olive Owner' },
      dueOn: '2026-11-30',
      doneAt: null,
      isOverdue: false,
    });

    const listed = await owner.get(`/api/v1/tasks?clientId=${client.id}`);
    expect(listed.body).toEqual({ items: [created.body], nextCursor: null });

    const [audit] = await queryRows<{ action: string; after: { title: string } }>(
      t.database.db,
      sql`select action, after from audit_log where entity_id = ${created.body.id}`,
    );
    expect(audit).toMatchObject({ action: 'task.create', after: { title: 'Send the renewal proposal' } });

    const unassigned = await owner.post('/api/v1/tasks', {
      title: 'Anyone can pick this up',
      assigneeUserId: null,
    });
    expect(unassigned.body).toMatchObject({ assignee: null, clientId: null, clientName: null, dueOn: null });
  });

  it('computes today and overdue in the workspace time zone, not UTC', async () => {
    // 12:00 UTC on 23 November is already 01:00 on the 24th in Auckland.
    t.clock.current = new Date('2026-11-23T12:00:00Z');
    const { user } = await insertUser(t.database.db, workspaceId, 'staff', { name: 'Zone Tester' });
    const titles = { '2026-11-23': 'due 23rd', '2026-11-24': 'due 24th', '2026-11-25': 'due 25th' };
    for (const [dueOn, title] of Object.entries(titles)) {
      expect((await owner.post('/api/v1/tasks', { title, dueOn, assigneeUserId: user.id })).status).toBe(201);
    }
    const titlesOf = async (due: string) =>
      (await owner.get(`/api/v1/tasks?assignee=${user.id}&due=${due}`)).body.items.map(
        (task: { title: string }) => task.title,
      );

    expect(await titlesOf('overdue')).toEqual([]);
    expect(await titlesOf('today')).toEqual(['due 23rd']);
    expect(await titlesOf('upcoming')).toEqual(['due 24th', 'due 25th']);

    await setTimeZone('Pacific/Auckland');
    try {
      expect(await titlesOf('overdue')).toEqual(['due 23rd']);
      expect(await titlesOf('today')).toEqual(['due 24th']);
      expect(await titlesOf('upcoming')).toEqual(['due 25th']);
      const all = (await owner.get(`/api/v1/tasks?assignee=${user.id}`)).body.items;
      expect(all.map((task: { isOverdue: boolean }) => task.isOverdue)).toEqual([true, false, false]);
    } finally {
      await setTimeZone('UTC');
      t.clock.current = new Date('2026-11-23T09:00:00Z');
    }
  });

  it('completes and reopens a task, keeping before and after in the audit log', async () => {
    t.clock.current = new Date('2026-11-23T09:00:00Z');
    const task = (
      await owner.post('/api/v1/tasks', { title: 'Call back about invoice', dueOn: '2026-11-20' })
    ).body;
    expect(task.isOverdue).toBe(true);

    const done = await owner.patch(`/api/v1/tasks/${task.id}`, { done: true });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ doneAt: '2026-11-23T09:00:00.000Z', isOverdue: false });
    const openIds = (await owner.get('/api/v1/tasks?limit=200')).body.items.map(
      (row: { id: string }) => row.id,
    );
    expect(openIds).not.toContain(task.id);
    const doneIds = (await owner.get('/api/v1/tasks?state=done')).body.items.map(
      (row: { id: string }) => row.id,
    );
    expect(doneIds).toContain(task.id);

    const reopened = await owner.patch(`/api/v1/tasks/${task.id}`, {
      done: false,
      title: 'Call back about the invoice',
      dueOn: null,
    });
    expect(reopened.body).toMatchObject({ doneAt: null, title: 'Call back about the invoice', dueOn: null });

    const rows = await queryRows<{
      action: string;
      before: { doneAt: string | null };
      after: { doneAt: string | null };
    }>(
      t.database.db,
      sql`select action, before, after from audit_log where entity_id = ${task.id} order by id`,
    );
    expect(rows.map((row) => row.action)).toEqual(['task.create', 'task.complete', 'task.reopen']);
    expect(rows[1]?.before.doneAt).toBeNull();
    expect(rows[1]?.after.doneAt).toBe('2026-11-23T09:00:00.000Z');

    // Nothing changed, nothing recorded.
    await owner.patch(`/api/v1/tasks/${task.id}`, { done: false });
    expect(
      await queryRows(t.database.db, sql`select 1 from audit_log where entity_id = ${task.id}`),
    ).toHaveLength(3);
  });

  it('shows a stand-in only their own tasks and those on their clients, and hides the rest as 404', async () => {
    const db = t.database.db;
    const mine = await insertClient(db, workspaceId, { name: 'Assigned Client' });
    const other = await insertClient(db, workspaceId, { name: 'Hidden Client' });
    const { user: standIn, password } = await insertUser(db, workspaceId, 'stand_in');
    await assignClient(db, workspaceId, mine.id, standIn.id);
    const api = await signIn(t, standIn.email, password);

    const onMine = (
      await owner.post('/api/v1/tasks', { title: 'on mine', clientId: mine.id, assigneeUserId: null })
    ).body;
    const onOther = (await owner.post('/api/v1/tasks', { title: 'on other', clientId: other.id })).body;
    const loose = (await owner.post('/api/v1/tasks', { title: 'no client, owner' })).body;
    const forMe = (
      await owner.post('/api/v1/tasks', { title: 'no client, for stand-in', assigneeUserId: standIn.id })
    ).body;

    const seen = (await api.get('/api/v1/tasks?limit=200')).body.items.map((task: { id: string }) => task.id);
    expect(seen.sort()).toEqual([onMine.id, forMe.id].sort());

    expect((await api.patch(`/api/v1/tasks/${onOther.id}`, { done: true })).status).toBe(404);
    expect((await api.patch(`/api/v1/tasks/${loose.id}`, { title: 'mine now' })).status).toBe(404);
    expect((await api.patch(`/api/v1/tasks/${onMine.id}`, { done: true })).status).toBe(200);

    const tasksBefore = await countRows(t, 'tasks');
    const refused = await api.post('/api/v1/tasks', { title: 'sneaky', clientId: other.id });
    expect(refused.status).toBe(404);
    expect(refused.body.error.code).toBe('not_found');
    expect(await countRows(t, 'tasks')).toBe(tasksBefore);

    const allowed = await api.post('/api/v1/tasks', { title: 'follow up', clientId: mine.id });
    expect(allowed.status).toBe(201);
    expect(allowed.body.assignee.id).toBe(standIn.id);
  });

  it('pages through tasks with a cursor, soonest due first and undated last', async () => {
    const { user } = await insertUser(t.database.db, workspaceId, 'staff');
    const dues = ['2026-12-05', null, '2026-12-01', '2026-12-03', null, '2026-12-01', '2026-12-09'];
    for (const [index, dueOn] of dues.entries()) {
      await owner.post('/api/v1/tasks', { title: `page ${index}`, dueOn, assigneeUserId: user.id });
    }
    const whole = (await owner.get(`/api/v1/tasks?assignee=${user.id}&limit=200`)).body;
    expect(whole.items).toHaveLength(7);
    expect(whole.items.map((task: { dueOn: string | null }) => task.dueOn)).toEqual([
      '2026-12-01',
      '2026-12-01',
      '2026-12-03',
      '2026-12-05',
      '2026-12-09',
      null,
      null,
    ]);

    const paged: unknown[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `/api/v1/tasks?assignee=${user.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await owner.get(query)).body;
      paged.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(4);
    expect(paged).toEqual(whole.items);
  });

  it('refuses bad and hostile input with the error shape and writes nothing', async () => {
    const client = await insertClient(t.database.db, workspaceId);
    const before = { tasks: await countRows(t, 'tasks'), audit: await countRows(t, 'audit_log') };
    const bad: [unknown, number][] = [
      [{ title: '' }, 400],
      [{ title: 'x', extra: 'field' }, 400],
      [{ title: 'x'.repeat(201) }, 400],
      [{ title: 'x'.repeat(1024 * 1024) }, 413],
      [{ title: 42 }, 400],
      [{ title: 'x', dueOn: '2026-02-30' }, 400],
      [{ title: 'x', dueOn: '23/11/2026' }, 400],
      [{ title: 'x', clientId: "1' or '1'='1" }, 400],
      [{ title: 'x', assigneeUserId: '00000000-0000-7000-8000-000000000000' }, 400],
      [{ title: 'x', clientId: '00000000-0000-7000-8000-000000000000' }, 404],
      [{ title: 'x', notes: 'n'.repeat(5001), clientId: client.id }, 400],
    ];
    for (const [body, status] of bad) {
      const response = await owner.post('/api/v1/tasks', body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(Object.keys(response.body.error)).toEqual(['code', 'message', 'details']);
    }
    expect((await owner.get('/api/v1/tasks?due=yesterday')).status).toBe(400);
    expect((await owner.get('/api/v1/tasks?limit=201')).status).toBe(400);
    expect((await owner.get('/api/v1/tasks?cursor=not-a-cursor')).status).toBe(400);
    const forged = Buffer.from(JSON.stringify(["2026-01-01'; drop table tasks; --", 'x'])).toString(
      'base64url',
    );
    expect((await owner.get(`/api/v1/tasks?cursor=${forged}`)).status).toBe(400);
    expect((await owner.patch('/api/v1/tasks/not-a-uuid', { done: true })).status).toBe(400);
    expect(
      (await owner.patch('/api/v1/tasks/00000000-0000-7000-8000-000000000000', { done: true })).status,
    ).toBe(404);
    expect({ tasks: await countRows(t, 'tasks'), audit: await countRows(t, 'audit_log') }).toEqual(before);

    // SQL and markup are only text: stored and returned exactly as typed.
    const title = `Robert'); DROP TABLE tasks;-- <script>alert(1)</script>`;
    const stored = await owner.post('/api/v1/tasks', { title });
    expect(stored.status).toBe(201);
    expect(stored.body.title).toBe(title);
  });

  it('needs a signed-in user', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/tasks' });
    expect(anonymous.statusCode).toBe(401);
  });
});
