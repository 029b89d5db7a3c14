import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient, workspaceIdOf } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  OWNER,
  setupOwner,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';
import { logRequest } from '../interactions/timeline-test-aids.ts';

const HOUR = 3_600_000;

describe('callbacks', () => {
  let t: TestApp;
  let api: ApiClient;
  let workspaceId: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = (await setupOwner(t)).api;
    workspaceId = await workspaceIdOf(t.database.db, OWNER.email);
  });
  afterAll(() => t.close());

  const newClient = () => insertClient(t.database.db, workspaceId);
  const ids = (response: { body: { items: { id: string }[] } }) => response.body.items.map((item) => item.id);

  const request = (clientId: string, extra: Record<string, unknown> = {}) => logRequest(api, clientId, extra);

  it('falls due after four hours, turns overdue on the clock, and closes when the answer is logged', async () => {
    const client = await newClient();
    const { openedCallback } = await request(client.id);
    const opened = t.clock.now();
    expect(openedCallback.dueAt).toBe(new Date(opened.getTime() + 4 * HOUR).toISOString());

    expect(ids(await api.get('/api/v1/callbacks'))).toContain(openedCallback.id);
    expect(ids(await api.get('/api/v1/callbacks?state=overdue'))).not.toContain(openedCallback.id);

    t.clock.advanceHours(4);
    expect(ids(await api.get('/api/v1/callbacks?state=overdue'))).not.toContain(openedCallback.id);

    t.clock.advanceHours(0.5);
    const overdue = await api.get('/api/v1/callbacks?state=overdue');
    expect(overdue.status).toBe(200);
    expect(overdue.body.items.find((item: { id: string }) => item.id === openedCallback.id)).toMatchObject({
      clientId: client.id,
      clientName: client.name,
      isOverdue: true,
      answeredAt: null,
      request: { channel: 'call', summary: 'Please call me back' },
    });

    const answer = await api.post(`/api/v1/clients/${client.id}/interactions`, {
      channel: 'call',
      direction: 'outbound',
      summary: 'Called back, sorted',
    });
    expect(answer.status).toBe(201);
    expect(answer.body.answeredCallbacks).toEqual([
      expect.objectContaining({
        id: openedCallback.id,
        answeredAt: t.clock.now().toISOString(),
        isOverdue: false,
      }),
    ]);
    expect(ids(await api.get('/api/v1/callbacks?state=overdue'))).not.toContain(openedCallback.id);
    expect(ids(await api.get('/api/v1/callbacks?state=open'))).not.toContain(openedCallback.id);
    expect(ids(await api.get('/api/v1/callbacks?state=answered'))).toContain(openedCallback.id);

    const [answerRow, requestRow] = (await api.get(`/api/v1/clients/${client.id}/interactions`)).body.items;
    expect(answerRow.id).toBe(answer.body.interaction.id);
    expect(requestRow.callback).toMatchObject({
      id: openedCallback.id,
      answeredAt: t.clock.now().toISOString(),
    });
    const audit = await queryRows<{ action: string; before: { answeredAt: unknown } }>(
      t.database.db,
      sql`select action, before from audit_log where entity_id = ${openedCallback.id} order by at, id`,
    );
    expect(audit.map((row) => row.action)).toEqual(['callback.open', 'callback.answer']);
    expect(audit[1]?.before.answeredAt).toBeNull();
  });

  it('lists oldest due first across clients and filters by client', async () => {
    const [first, second] = [await newClient(), await newClient()];
    const now = t.clock.now().getTime();
    const later = await request(first.id, { occurredAt: new Date(now - HOUR).toISOString() });
    const earlier = await request(second.id, { occurredAt: new Date(now - 2 * HOUR).toISOString() });
    const listed = ids(await api.get('/api/v1/callbacks?state=all&limit=200'));
    expect(listed.indexOf(earlier.openedCallback.id)).toBeLessThan(listed.indexOf(later.openedCallback.id));
    const dues = (await api.get('/api/v1/callbacks?state=all&limit=200')).body.items.map(
      (item: { dueAt: string }) => item.dueAt,
    );
    expect(dues).toEqual([...dues].sort());
    expect(ids(await api.get(`/api/v1/callbacks?clientId=${first.id}`))).toEqual([later.openedCallback.id]);
  });

  it('pages through callbacks with every one exactly once', async () => {
    const client = await newClient();
    const now = t.clock.now().getTime();
    const opened = new Set<string>();
    for (let index = 0; index < 12; index++) {
      // Two at each instant: equal due times, so the id breaks the tie.
      const occurredAt = new Date(now - Math.floor(index / 2) * HOUR).toISOString();
      opened.add((await request(client.id, { occurredAt })).openedCallback.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await api.get(
        `/api/v1/callbacks?clientId=${client.id}&limit=5${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...ids(page));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(12);
    expect(new Set(seen)).toEqual(opened);
  });

  it('refuses bad list queries', async () => {
    for (const query of [
      'state=late',
      'limit=0',
      'limit=201',
      'limit=ten',
      'clientId=42',
      'colour=red',
      'cursor=bogus',
    ]) {
      const response = await api.get(`/api/v1/callbacks?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe('invalid_input');
    }
    expect((await api.get(`/api/v1/callbacks?clientId=${crypto.randomUUID()}`)).status).toBe(404);
  });

  it('needs a signed-in caller', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/callbacks' });
    expect(response.statusCode).toBe(401);
  });

  it('follows the business-hours policy set in settings, leaving open callbacks as promised', async () => {
    const client = await newClient();
    const promised = await request(client.id);
    const patch = await api.patch('/api/v1/settings', {
      workspace: { timezone: 'America/New_York' },
      responsePolicy: { businessHoursOnly: true, callbackHours: 4 },
    });
    expect(patch.status).toBe(200);
    try {
      // Friday 16:00 in New York (EST) = 21:00Z: one hour on Friday, three on Monday from 09:00 EST.
      const friday = new Date('2026-11-20T21:00:00Z');
      t.clock.current = new Date('2026-11-23T18:00:00Z');
      const { openedCallback } = await request(client.id, { occurredAt: friday.toISOString() });
      expect(openedCallback.dueAt).toBe('2026-11-23T17:00:00.000Z');
      expect(openedCallback.isOverdue).toBe(true);
      const stillPromised = (
        await api.get(`/api/v1/callbacks?clientId=${client.id}&state=all`)
      ).body.items.find((item: { id: string }) => item.id === promised.openedCallback.id);
      expect(stillPromised.dueAt).toBe(promised.openedCallback.dueAt);
    } finally {
      await api.patch('/api/v1/settings', {
        workspace: { timezone: 'UTC' },
        responsePolicy: { businessHoursOnly: false },
      });
    }
  });
});
