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
import { CHANNELS, DIRECTIONS } from '../../core/interactions/channels.ts';
import { queryRows } from '../../db/query-rows.ts';

const HOUR = 3_600_000;

describe('interaction timeline', () => {
  let t: TestApp;
  let api: ApiClient;
  let workspaceId: string;
  let owner: { id: string; name: string };

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    api = setup.api;
    owner = { id: setup.me.user.id, name: setup.me.user.name };
    workspaceId = await workspaceIdOf(t.database.db, OWNER.email);
  });
  afterAll(() => t.close());

  const newClient = () => insertClient(t.database.db, workspaceId);
  const timeline = (clientId: string, query = '') =>
    api.get(`/api/v1/clients/${clientId}/interactions${query}`);

  it('logs a touch on every channel and direction, newest first, with who logged it', async () => {
    const client = await newClient();
    const start = t.clock.now().getTime();
    const logged: string[] = [];
    for (const [index, channel] of CHANNELS.entries()) {
      const direction = DIRECTIONS[index % DIRECTIONS.length];
      const occurredAt = new Date(start - (CHANNELS.length - index) * HOUR).toISOString();
      const response = await api.post(`/api/v1/clients/${client.id}/interactions`, {
        channel,
        direction,
        occurredAt,
        summary: `${channel} ${direction}`,
        body: `Notes on the ${channel}`,
        needsResponse: false,
      });
      expect(response.status).toBe(201);
      expect(response.body.interaction).toMatchObject({
        clientId: client.id,
        channel,
        direction,
        occurredAt,
        summary: `${channel} ${direction}`,
        body: `Notes on the ${channel}`,
        user: owner,
        callback: null,
      });
      logged.push(response.body.interaction.id);
    }
    const { status, body } = await timeline(client.id);
    expect(status).toBe(200);
    expect(body.items.map((item: { id: string }) => item.id)).toEqual(logged.reverse());
    expect(body.items.map((item: { channel: string }) => item.channel).sort()).toEqual([...CHANNELS].sort());
    expect(body.nextCursor).toBeNull();
  });

  it('opens a callback for an inbound call and records the change in the audit log', async () => {
    const client = await newClient();
    const response = await api.post(`/api/v1/clients/${client.id}/interactions`, {
      channel: 'call',
      direction: 'inbound',
      summary: 'Wants to talk about the invoice',
    });
    expect(response.status).toBe(201);
    const now = t.clock.now();
    const { interaction, openedCallback, answeredCallbacks } = response.body;
    expect(interaction.occurredAt).toBe(now.toISOString());
    expect(openedCallback).toMatchObject({
      clientId: client.id,
      clientName: client.name,
      openedAt: now.toISOString(),
      dueAt: new Date(now.getTime() + 4 * HOUR).toISOString(),
      answeredAt: null,
      isOverdue: false,
      request: { channel: 'call', summary: 'Wants to talk about the invoice' },
    });
    expect(answeredCallbacks).toEqual([]);
    expect(interaction.callback).toEqual({
      id: openedCallback.id,
      dueAt: openedCallback.dueAt,
      answeredAt: null,
    });

    const audit = await queryRows<{ action: string; entity_id: string }>(
      t.database.db,
      sql`select action, entity_id from audit_log where entity_id in (${interaction.id}, ${openedCallback.id})`,
    );
    expect(audit.map((row) => row.action).sort()).toEqual(['callback.open', 'interaction.create']);
  });

  it('opens no callback for an inbound note, an inbound meeting, or when told no response is needed', async () => {
    const client = await newClient();
    for (const body of [
      { channel: 'note', direction: 'inbound', summary: 'Left a note at reception' },
      { channel: 'meeting_video', direction: 'inbound', summary: 'They called a video meeting' },
      { channel: 'email', direction: 'inbound', summary: 'Thanks, no reply needed', needsResponse: false },
      { channel: 'email', direction: 'internal', summary: 'Forwarded internally' },
    ]) {
      const response = await api.post(`/api/v1/clients/${client.id}/interactions`, body);
      expect(response.status).toBe(201);
      expect(response.body.openedCallback).toBeNull();
    }
    const open = await api.get(`/api/v1/callbacks?clientId=${client.id}&state=all`);
    expect(open.body.items).toEqual([]);
  });

  it('answers only the requests made before the answer', async () => {
    const client = await newClient();
    const now = t.clock.now().getTime();
    const request = await api.post(`/api/v1/clients/${client.id}/interactions`, {
      channel: 'voicemail',
      direction: 'inbound',
      occurredAt: new Date(now - HOUR).toISOString(),
      summary: 'Call me back',
    });
    const backdated = await api.post(`/api/v1/clients/${client.id}/interactions`, {
      channel: 'letter',
      direction: 'outbound',
      occurredAt: new Date(now - 2 * HOUR).toISOString(),
      summary: 'Letter sent last week',
    });
    expect(backdated.body.answeredCallbacks).toEqual([]);
    const answer = await api.post(`/api/v1/clients/${client.id}/interactions`, {
      channel: 'meeting_in_person',
      direction: 'inbound',
      summary: 'Dropped by the office',
    });
    expect(answer.body.openedCallback).toBeNull();
    expect(answer.body.answeredCallbacks).toHaveLength(1);
    expect(answer.body.answeredCallbacks[0]).toMatchObject({
      id: request.body.openedCallback.id,
      answeredAt: t.clock.now().toISOString(),
    });
  });

  it('pages through a long timeline with every item exactly once, ties included', async () => {
    const client = await newClient();
    const base = t.clock.now().getTime() - 100 * HOUR;
    const ids = new Set<string>();
    for (let index = 0; index < 23; index++) {
      // Pairs share an instant, so the id must break the tie.
      const occurredAt = new Date(base + Math.floor(index / 2) * HOUR).toISOString();
      const response = await api.post(`/api/v1/clients/${client.id}/interactions`, {
        channel: 'email',
        direction: 'outbound',
        occurredAt,
        summary: `Message ${index}`,
      });
      ids.add(response.body.interaction.id);
    }
    const seen: { id: string; occurredAt: string }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await timeline(client.id, query);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(5);
    expect(seen.map((item) => item.id).sort()).toEqual([...ids].sort());
    const instants = seen.map((item) => item.occurredAt);
    expect(instants).toEqual([...instants].sort().reverse());
  });

  it('refuses a doctored cursor', async () => {
    const client = await newClient();
    for (const cursor of [
      'nope',
      Buffer.from('["2026-01-01T00:00:00Z","1; drop table clients"]').toString('base64url'),
    ]) {
      const response = await timeline(client.id, `?cursor=${cursor}`);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('invalid_input');
    }
  });
});
