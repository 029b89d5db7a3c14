import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { systemActor } from '../../core/auth/actor.ts';
import { recordAudit } from './record-audit.ts';

interface Entry {
  id: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
}

describe('audit log API', () => {
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

  async function readAll(query: string, limit: number): Promise<{ entries: Entry[]; pages: number }> {
    const entries: Entry[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/audit?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await owner.get(url);
      expect(response.status).toBe(200);
      entries.push(...response.body.items);
      cursor = response.body.nextCursor;
      pages++;
    } while (cursor);
    return { entries, pages };
  }

  it('shows the owner every change, newest first, with the actor named', async () => {
    const task = (await owner.post('/api/v1/tasks', { title: 'Audit me' })).body;
    await owner.patch(`/api/v1/tasks/${task.id}`, { title: 'Audit me again' });

    const response = await owner.get('/api/v1/audit?limit=2');
    expect(response.status).toBe(200);
    const [latest, previous] = response.body.items;
    expect(latest).toMatchObject({
      actor: { id: ownerId, name: 'Olive Owner' },
      actorLabel: 'Olive Owner',
      action: 'task.update',
      entityType: 'task',
      entityId: task.id,
      before: { title: 'Audit me' },
      after: { title: 'Audit me again' },
    });
    expect(previous).toMatchObject({ action: 'task.create', entityId: task.id, before: null });
    expect(new Date(latest.at).getTime()).toBeGreaterThanOrEqual(new Date(previous.at).getTime());
    expect(response.body.nextCursor).toEqual(expect.any(String));

    const setupRows = (await owner.get('/api/v1/audit?entityType=workspace')).body.items;
    expect(setupRows).toMatchObject([{ action: 'workspace.create', entityId: workspaceId }]);
  });

  it('names the CLI or system where no user acted', async () => {
    await recordAudit(t.database.db, systemActor(workspaceId, 'cli: rapport import'), {
      action: 'import.run',
      entityType: 'import',
      entityId: 'batch-1',
    });
    const [entry] = (await owner.get('/api/v1/audit?entityType=import')).body.items;
    expect(entry).toMatchObject({ actor: null, actorLabel: 'cli: rapport import', entityId: 'batch-1' });
  });

  it('filters by entity and by actor', async () => {
    const { user, password } = await insertUser(t.database.db, workspaceId, 'staff', { name: 'Sam Staff' });
    const staff = await signIn(t, user.email, password);
    const task = (await staff.post('/api/v1/tasks', { title: 'Staff task' })).body;
    await staff.patch(`/api/v1/tasks/${task.id}`, { done: true });

    const byEntity = (await owner.get(`/api/v1/audit?entityType=task&entityId=${task.id}`)).body.items;
    expect(byEntity.map((entry: Entry) => entry.action)).toEqual(['task.complete', 'task.create']);
    const byActor = (await owner.get(`/api/v1/audit?actorUserId=${user.id}`)).body.items;
    expect(byActor.map((entry: Entry) => entry.action)).toEqual([
      'task.complete',
      'task.create',
      'user.login',
    ]);
    expect(byActor.every((entry: { actor: { name: string } }) => entry.actor.name === 'Sam Staff')).toBe(
      true,
    );
  });

  it('pages newest first without losing or repeating rows written in the same instant', async () => {
    // One transaction stamps all of these with the same `at`: only the id tells them apart.
    await recordAudit(
      t.database.db,
      systemActor(workspaceId),
      Array.from({ length: 7 }, (_, n) => ({
        action: 'batch.row',
        entityType: 'batch',
        entityId: `row-${n}`,
      })),
    );
    const whole = (await owner.get('/api/v1/audit?limit=200')).body.items as Entry[];
    const { entries, pages } = await readAll('', 3);
    expect(pages).toBe(Math.ceil(whole.length / 3));
    expect(entries).toEqual(whole);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    const times = entries.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());

    const batch = await readAll('&entityType=batch', 2);
    expect(batch.pages).toBe(4);
    expect(batch.entries.map((entry) => entry.entityId)).toEqual(
      Array.from({ length: 7 }, (_, n) => `row-${6 - n}`),
    );
  });

  it('is for the owner only', async () => {
    for (const role of ['staff', 'stand_in'] as const) {
      const { user, password } = await insertUser(t.database.db, workspaceId, role);
      const api = await signIn(t, user.email, password);
      const response = await api.get('/api/v1/audit');
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('forbidden');
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(401);
  });

  it('refuses bad filters and forged cursors', async () => {
    const forged = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
    for (const query of [
      'actorUserId=olive',
      'limit=0',
      'limit=500',
      'unknown=1',
      `entityId=${'x'.repeat(201)}`,
      'cursor=%%%',
      `cursor=${forged(['99999999999999999999', '00000000-0000-7000-8000-000000000000'])}`,
      `cursor=${forged(["1' or 1=1 --", '00000000-0000-7000-8000-000000000000'])}`,
    ]) {
      const response = await owner.get(`/api/v1/audit?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe('invalid_input');
    }
  });
});
