import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignClient, insertClient, insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { callbacks, interactions, workspaces } from '../../db/schema/index.ts';

const HOUR = 3_600_000;

describe('today', () => {
  let t: TestApp;
  let owner: ApiClient;
  let ownerId: string;
  let workspaceId: string;
  const at = (hoursFromNow: number) => new Date(t.clock.now().getTime() + hoursFromNow * HOUR);

  /** An inbound request and, when `dueInHours` is given, the callback it opened. */
  async function logInbound(
    clientId: string,
    summary: string,
    options: { dueInHours?: number; answered?: boolean; hoursAgo?: number } = {},
  ) {
    const occurredAt = at(-(options.hoursAgo ?? 1));
    const [interaction] = await t.database.db
      .insert(interactions)
      .values({
        workspaceId,
        clientId,
        channel: 'call',
        direction: 'inbound',
        occurredAt,
        summary,
        userId: ownerId,
      })
      .returning();
    if (!interaction) throw new Error('no interaction');
    if (options.dueInHours === undefined) return { interaction, callback: null };
    const [callback] = await t.database.db
      .insert(callbacks)
      .values({
        workspaceId,
        clientId,
        requestInteractionId: interaction.id,
        openedAt: occurredAt,
        dueAt: at(options.dueInHours),
        answeredAt: options.answered ? at(0) : null,
      })
      .returning();
    return { interaction, callback };
  }

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    ownerId = setup.me.user.id;
    workspaceId = setup.me.workspace.id;
  });
  afterAll(() => t.close());

  it('is empty but well formed for a new workspace', async () => {
    const response = await owner.get('/api/v1/today');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      overdueCallbacks: [],
      dueCallbacks: [],
      tasksDue: [],
      recentActivity: [],
      counts: { clients: 0, activeClients: 0, openCallbacks: 0, overdueCallbacks: 0, openTasks: 0 },
      mrr: { amountMinor: 0, currency: 'USD', agreements: 0 },
      billingReturns: [],
      hardTimes: [],
    });
  });

  it('lists overdue and soon-due callbacks, tasks due, recent activity and counts', async () => {
    const db = t.database.db;
    const ada = await insertClient(db, workspaceId, { name: 'Ada Fielding', status: 'active' });
    const ben = await insertClient(db, workspaceId, { name: 'Ben Okafor', status: 'paused' });
    await insertClient(db, workspaceId, { name: 'Gone Ltd', archivedAt: at(-100) });

    const late = await logInbound(ada.id, 'Asked about the invoice', { dueInHours: -2, hoursAgo: 6 });
    const soon = await logInbound(ben.id, 'Wants to reschedule', { dueInHours: 3 });
    await logInbound(ben.id, 'Quote for next year', { dueInHours: 30 });
    await logInbound(ada.id, 'Already answered', { dueInHours: -5, answered: true });

    await owner.post('/api/v1/tasks', { title: 'overdue task', dueOn: '2026-11-22', clientId: ada.id });
    await owner.post('/api/v1/tasks', { title: 'today task', dueOn: '2026-11-23' });
    await owner.post('/api/v1/tasks', { title: 'tomorrow task', dueOn: '2026-11-24' });
    const finished = (await owner.post('/api/v1/tasks', { title: 'done task', dueOn: '2026-11-20' })).body;
    await owner.patch(`/api/v1/tasks/${finished.id}`, { done: true });

    const today = (await owner.get('/api/v1/today')).body;
    expect(today.overdueCallbacks).toEqual([
      {
        id: late.callback?.id,
        clientId: ada.id,
        clientName: 'Ada Fielding',
        openedAt: at(-6).toISOString(),
        dueAt: at(-2).toISOString(),
        answeredAt: null,
        isOverdue: true,
        request: { channel: 'call', summary: 'Asked about the invoice' },
      },
    ]);
    expect(today.dueCallbacks).toMatchObject([
      { id: soon.callback?.id, clientName: 'Ben Okafor', isOverdue: false },
    ]);
    expect(today.tasksDue.map((task: { title: string }) => task.title)).toEqual([
      'overdue task',
      'today task',
    ]);
    expect(today.tasksDue[0]).toMatchObject({ isOverdue: true, clientName: 'Ada Fielding' });
    expect(today.counts).toEqual({
      clients: 2,
      activeClients: 1,
      openCallbacks: 3,
      overdueCallbacks: 1,
      openTasks: 3,
    });

    const newest = today.recentActivity[0];
    expect(newest).toMatchObject({
      clientName: expect.any(String),
      direction: 'inbound',
      user: { id: ownerId, name: 'Olive Owner' },
    });
    const lateActivity = today.recentActivity.find(
      (entry: { id: string }) => entry.id === late.interaction.id,
    );
    expect(lateActivity).toMatchObject({
      clientName: 'Ada Fielding',
      summary: 'Asked about the invoice',
      callback: { id: late.callback?.id, dueAt: at(-2).toISOString(), answeredAt: null },
    });
  });

  it('shows the last 20 interactions, newest first, leaving out ones dated in the future', async () => {
    const client = await insertClient(t.database.db, workspaceId, { name: 'Busy Client' });
    for (let hoursAgo = 1; hoursAgo <= 25; hoursAgo++) {
      await logInbound(client.id, `touch ${hoursAgo}h ago`, { hoursAgo: hoursAgo - 0.5 });
    }
    await logInbound(client.id, 'meeting next week', { hoursAgo: -24 * 7 });

    const activity = (await owner.get('/api/v1/today')).body.recentActivity;
    expect(activity).toHaveLength(20);
    const times = activity.map((entry: { occurredAt: string }) => entry.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(activity[0].summary).toBe('touch 1h ago');
    expect(activity.some((entry: { summary: string }) => entry.summary === 'meeting next week')).toBe(false);
  });

  it('shows a stand-in only what concerns their clients and tasks', async () => {
    const db = t.database.db;
    const { user: standIn, password } = await insertUser(db, workspaceId, 'stand_in');
    const theirs = await insertClient(db, workspaceId, { name: 'Stand-in Client', status: 'active' });
    await assignClient(db, workspaceId, theirs.id, standIn.id);
    const request = await logInbound(theirs.id, 'Needs the plan', { dueInHours: -1, hoursAgo: 0.25 });
    await owner.post('/api/v1/tasks', {
      title: 'their client task',
      clientId: theirs.id,
      dueOn: '2026-11-23',
    });

    const api = await signIn(t, standIn.email, password);
    const today = (await api.get('/api/v1/today')).body;
    expect(today.overdueCallbacks.map((callback: { id: string }) => callback.id)).toEqual([
      request.callback?.id,
    ]);
    expect(today.dueCallbacks).toEqual([]);
    expect(today.tasksDue.map((task: { title: string }) => task.title)).toEqual(['their client task']);
    expect(today.recentActivity.map((entry: { clientName: string }) => entry.clientName)).toEqual([
      'Stand-in Client',
    ]);
    expect(today.counts).toEqual({
      clients: 1,
      activeClients: 1,
      openCallbacks: 1,
      overdueCallbacks: 1,
      openTasks: 1,
    });
  });

  it("takes tasks due from the workspace's calendar date", async () => {
    const { user } = await insertUser(t.database.db, workspaceId, 'staff');
    await owner.post('/api/v1/tasks', {
      title: 'due on the 23rd',
      dueOn: '2026-11-23',
      assigneeUserId: user.id,
    });
    // 05:00 UTC on the 23rd is still the evening of the 22nd in Los Angeles.
    t.clock.current = new Date('2026-11-23T05:00:00Z');
    const titles = async () =>
      (await owner.get('/api/v1/today')).body.tasksDue.map((task: { title: string }) => task.title);
    expect(await titles()).toContain('due on the 23rd');
    await t.database.db
      .update(workspaces)
      .set({ timezone: 'America/Los_Angeles' })
      .where(eq(workspaces.id, workspaceId));
    try {
      expect(await titles()).not.toContain('due on the 23rd');
    } finally {
      await t.database.db.update(workspaces).set({ timezone: 'UTC' }).where(eq(workspaces.id, workspaceId));
      t.clock.current = new Date('2026-11-23T09:00:00Z');
    }
  });

  it('shows monthly recurring revenue as billing applies it, and none of it to a stand-in', async () => {
    const client = await insertClient(t.database.db, workspaceId);
    const sign = (body: Record<string, unknown>) =>
      owner.post('/api/v1/agreements', {
        clientId: client.id,
        description: 'Retainer',
        startsOn: '2026-01-10',
        ...body,
      });
    await sign({ priceMinor: 12_000, interval: 'month' });
    await sign({ priceMinor: 30_001, interval: 'quarter' }); // 10,000.33… a month
    const reduced = await sign({ priceMinor: 8_000, interval: 'month' });
    // Period 10 (from 2026-11-10) is under way on the 23rd: half off for it and the next.
    await owner.post(`/api/v1/agreements/${reduced.body.id}/adjustments`, {
      kind: 'reduction',
      fromPeriod: 10,
      periods: 2,
      basisPoints: 5_000,
    });
    await sign({ priceMinor: 99_999, interval: 'month', startsOn: '2026-12-01' }); // not started
    const today = await owner.get('/api/v1/today');
    expect(today.body.mrr).toEqual({ amountMinor: 12_000 + 10_000 + 4_000, currency: 'USD', agreements: 3 });

    const { user: standIn, password } = await insertUser(t.database.db, workspaceId, 'stand_in');
    const api = await signIn(t, standIn.email, password);
    expect((await api.get('/api/v1/today')).body.mrr).toBeNull();
  });

  it('needs a signed-in user', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/today' })).statusCode).toBe(401);
  });
});
