import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignClient, insertClient, insertUser, workspaceIdOf } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  OWNER,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { timelineRowCounts } from './timeline-test-aids.ts';

describe('interaction timeline refusals', () => {
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
  const timeline = (clientId: string) => api.get(`/api/v1/clients/${clientId}/interactions`);
  const rowCounts = () => timelineRowCounts(t.database.db);

  describe('a stand-in', () => {
    let standIn: ApiClient;
    let assigned: { id: string };
    let other: { id: string };

    beforeAll(async () => {
      const db = t.database.db;
      assigned = await newClient();
      other = await newClient();
      const { user, password } = await insertUser(db, workspaceId, 'stand_in');
      await assignClient(db, workspaceId, assigned.id, user.id);
      standIn = await signIn(t, user.email, password);
    });

    it('logs and reads interactions of an assigned client', async () => {
      const response = await standIn.post(`/api/v1/clients/${assigned.id}/interactions`, {
        channel: 'call',
        direction: 'outbound',
        summary: 'Checked in while the owner is away',
      });
      expect(response.status).toBe(201);
      expect((await standIn.get(`/api/v1/clients/${assigned.id}/interactions`)).body.items).toHaveLength(1);
    });

    it('gets 404 for an unassigned client and writes nothing', async () => {
      await api.post(`/api/v1/clients/${other.id}/interactions`, {
        channel: 'call',
        direction: 'inbound',
        summary: 'Private matter',
      });
      const before = await rowCounts();
      const post = await standIn.post(`/api/v1/clients/${other.id}/interactions`, {
        channel: 'call',
        direction: 'outbound',
        summary: 'Not mine to call',
      });
      expect(post.status).toBe(404);
      expect(post.body.error.code).toBe('not_found');
      const read = await standIn.get(`/api/v1/clients/${other.id}/interactions`);
      expect(read.status).toBe(404);
      expect(await rowCounts()).toEqual(before);
    });
  });

  describe('hostile input', () => {
    let client: { id: string };
    beforeAll(async () => {
      client = await newClient();
    });
    const valid = { channel: 'call', direction: 'inbound', summary: 'A fine request' };

    it.each([
      ['an unknown field', { ...valid, priority: 'high' }],
      ['an unknown channel', { ...valid, channel: 'pigeon' }],
      ['an unknown direction', { ...valid, direction: 'sideways' }],
      ['a summary of the wrong type', { ...valid, summary: 42 }],
      ['an empty summary', { ...valid, summary: '   ' }],
      ['a summary over 500 characters', { ...valid, summary: 'x'.repeat(501) }],
      ['a one-million-character summary', { ...valid, summary: 'x'.repeat(1_000_000) }],
      ['a NUL byte', { ...valid, summary: 'before\u0000after' }],
      ['an impossible date', { ...valid, occurredAt: '2026-02-30T10:00:00Z' }],
      ['a date without a time', { ...valid, occurredAt: '2026-11-23' }],
      ['a word for a date', { ...valid, occurredAt: 'yesterday' }],
      ['a number for a date', { ...valid, occurredAt: 1_700_000_000_000 }],
      ['a date far in the future', { ...valid, occurredAt: '2099-01-01T00:00:00Z' }],
      ['needsResponse on an outbound touch', { ...valid, direction: 'outbound', needsResponse: true }],
      ['needsResponse as a string', { ...valid, needsResponse: 'yes' }],
      ['an array for a body', [valid]],
    ])('refuses %s with 400 and writes nothing', async (_name, body) => {
      const before = await rowCounts();
      const response = await api.post(`/api/v1/clients/${client.id}/interactions`, body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('invalid_input');
      expect(response.body.error.details.length).toBeGreaterThan(0);
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses a body over a megabyte with 413 and writes nothing', async () => {
      const before = await rowCounts();
      const response = await api.post(`/api/v1/clients/${client.id}/interactions`, {
        ...valid,
        summary: 'x'.repeat(1024 * 1024),
      });
      expect(response.status).toBe(413);
      expect(response.body.error.code).toBe('payload_too_large');
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses a malformed client id with 400 and a client of another workspace with 404', async () => {
      const before = await rowCounts();
      expect((await api.post('/api/v1/clients/not-a-uuid/interactions', valid)).status).toBe(400);
      const foreignWorkspace = crypto.randomUUID();
      await t.database.db.execute(
        sql`insert into workspaces (id, name, response_policy) values (${foreignWorkspace}, 'Elsewhere', '{}'::jsonb)`,
      );
      const foreign = await insertClient(t.database.db, foreignWorkspace);
      const counts = await rowCounts();
      const response = await api.post(`/api/v1/clients/${foreign.id}/interactions`, valid);
      expect(response.status).toBe(404);
      expect((await timeline(foreign.id)).status).toBe(404);
      expect(await rowCounts()).toEqual(counts);
      expect(counts?.interactions).toBe(before?.interactions);
    });

    it('stores markup and SQL verbatim and returns them as data', async () => {
      const summary = `<script>alert('x')</script>'; drop table interactions; --`;
      const body = `Robert'); DELETE FROM clients WHERE ('1'='1 <img src=x onerror=alert(1)> "quoted" \\ back`;
      const response = await api.post(`/api/v1/clients/${client.id}/interactions`, {
        ...valid,
        summary,
        body,
      });
      expect(response.status).toBe(201);
      expect(response.headers['content-type']).toMatch(/application\/json/);
      const [stored] = (await timeline(client.id)).body.items;
      expect(stored).toMatchObject({ summary, body });
      expect(response.body.openedCallback.request.summary).toBe(summary);
    });
  });
});
