import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient, insertUser } from '../../../test/support/factories.ts';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';
import { hashToken } from '../auth/secret-tokens.ts';
import { allPages, countRows, declareOver, seedClients } from './disruption-test-aids.ts';

describe('declaring a disruption', () => {
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

  it('gives 10 affected clients 10 outreach tasks, links, and merged messages for those with e-mail', async () => {
    const { user: sam } = await insertUser(t.database.db, workspaceId, 'staff', { name: 'Sam Rivera' });
    const clients = await seedClients(t, workspaceId, 10, { prefix: 'Tenner', withoutEmailEvery: 5 });
    // Client 01 belongs to Sam: its outreach task is Sam's, the rest the declaring owner's.
    await t.database.db.execute(
      sql`update clients set owner_user_id = ${sam.id}, name = 'Ada Fielding' where id = ${clients[0]?.id}`,
    );
    const declared = await declareOver(
      owner,
      clients.map((client) => client.id),
      { estimateOn: '2026-12-07', bufferDays: 7 },
    );
    const id = declared.disruption.id;
    expect(declared.outreach).toEqual({ clients: 10, tasks: 10, messagesQueued: 8, toReachOtherwise: 2 });
    expect(declared.disruption).toMatchObject({
      title: 'Olive is ill',
      status: 'active',
      startedOn: '2026-11-23',
      estimateOn: '2026-12-07',
      bufferDays: 7,
      promisedOn: '2026-12-14',
      estimatePastPromise: false,
      cadenceDays: 7,
      callbackMinutes: 120,
      audience: { kind: 'chosen' },
      privateDetail: 'Surgery on Tuesday; recovery three weeks.',
      createdBy: { id: ownerId, name: 'Olive Owner' },
      // The two reached by phone have not heard the date yet; the e-mail carries it.
      counts: { affected: 10, contacted: 0, outreachOpen: 10, mustBeTold: 2, updatesOverdue: 0 },
    });

    const tasks = await queryRows<{ title: string; assignee: string; due: string; notes: string }>(
      t.database.db,
      sql`select t.title, t.assignee_user_id as assignee, t.due_on::text as due, t.notes
          from disruption_clients dc join tasks t on t.workspace_id = dc.workspace_id and t.id = dc.outreach_task_id
          where dc.disruption_id = ${id} order by t.title`,
    );
    expect(tasks).toHaveLength(10);
    expect(tasks[0]).toMatchObject({
      title: 'Tell Ada Fielding about Olive is ill',
      assignee: sam.id,
      due: '2026-11-23',
    });
    expect(tasks.slice(1).every((task) => task.assignee === ownerId)).toBe(true);
    expect(tasks[0]?.notes).toContain('Monday 14 December 2026');
    expect(tasks.map((task) => task.notes).join('\n')).not.toContain('/c/cp_');

    const messages = await queryRows<{
      clientId: string;
      to: string;
      subject: string;
      body: string;
      kind: string;
    }>(
      t.database.db,
      sql`select client_id as "clientId", to_address as to, subject, body_text as body, source_kind as kind
          from outbox_messages where source_id = ${id} order by to_address`,
    );
    expect(messages).toHaveLength(8);
    expect(new Set(messages.map((message) => message.kind))).toEqual(new Set(['disruption_outreach']));
    const ada = messages.find((message) => message.clientId === clients[0]?.id);
    expect(ada?.subject).toBe('Harbor Studio: what is going on, and what it means for you');
    expect(ada?.body).toContain('Dear Ada,');
    expect(ada?.body).toContain('Olive is unwell and away for a few weeks; Sam is looking after your work.');
    expect(ada?.body).toContain('When we expect things to be back to normal: Monday 14 December 2026.');
    expect(ada?.body).not.toContain('Surgery');
    expect(ada?.body).not.toMatch(/\{\{/);
    // The plan link is a live private page link of this client and disruption.
    const token = /http:\/\/localhost:3000\/c\/(cp_[A-Za-z0-9_-]+)/.exec(ada?.body ?? '')?.[1];
    expect(token).toBeDefined();
    const [link] = await queryRows<{ clientId: string; disruptionId: string }>(
      t.database.db,
      sql`select client_id as "clientId", disruption_id as "disruptionId" from client_page_links
          where token_hash = ${hashToken(token ?? '')}`,
    );
    expect(link).toEqual({ clientId: clients[0]?.id, disruptionId: id });
    expect(await countRows(t, 'client_page_links', sql`disruption_id = ${id}`)).toBe(10);

    const rows = await allPages<{
      name: string;
      channel: string;
      nextUpdateDueOn: string;
      mustBeTold: boolean;
    }>(owner, `/api/v1/disruptions/${id}/clients?limit=3`);
    expect(rows).toHaveLength(10);
    expect(rows.filter((row) => row.channel === 'call').map((row) => row.name)).toEqual([
      'Tenner 05',
      'Tenner 10',
    ]);
    expect(rows.filter((row) => row.mustBeTold).map((row) => row.name)).toEqual(['Tenner 05', 'Tenner 10']);
    expect(new Set(rows.map((row) => row.nextUpdateDueOn))).toEqual(new Set(['2026-11-30']));

    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_id = ${id}`,
    );
    expect(audit.map((row) => row.action)).toEqual(['disruption.declare']);

    const history = await owner.get(`/api/v1/disruptions/${id}/promises`);
    expect(history.body.items).toMatchObject([
      { kind: 'first', estimateOn: '2026-12-07', bufferDays: 7, promisedOn: '2026-12-14' },
    ]);
  });

  it('reaches all active clients, or those matching a filter, never archived or other statuses', async () => {
    const db = t.database.db;
    const before = await queryRows<{ id: string }>(
      db,
      sql`select id from clients where status = 'active' and archived_at is null`,
    );
    await insertClient(db, workspaceId, { name: 'Paused Pat', status: 'paused', tags: ['vip'] });
    await insertClient(db, workspaceId, { name: 'Gone Gwen', archivedAt: new Date(), tags: ['vip'] });
    const vip = await insertClient(db, workspaceId, { name: 'Vip Vera', tags: ['vip', 'retainer'] });

    const all = await owner.post('/api/v1/disruptions', {
      title: 'Server outage',
      clientMessage: 'Our booking system is down.',
      audience: { kind: 'all_active' },
    });
    expect(all.status).toBe(201);
    expect(all.body.outreach.clients).toBe(before.length + 1);
    expect(all.body.disruption.promisedOn).toBeNull();
    expect(all.body.disruption.counts.mustBeTold).toBe(0);
    const [message] = await queryRows<{ body: string }>(
      db,
      sql`select body_text as body from outbox_messages where source_id = ${all.body.disruption.id} and client_id = ${vip.id}`,
    );
    expect(message?.body).toContain('we do not have a date yet, and we will tell you as soon as we do');

    const filtered = await owner.post('/api/v1/disruptions', {
      title: 'VIP line down',
      clientMessage: 'Our VIP line is down.',
      audience: { kind: 'filter', tags: ['vip'] },
    });
    const names = (
      await allPages<{ name: string }>(owner, `/api/v1/disruptions/${filtered.body.disruption.id}/clients`)
    ).map((row) => row.name);
    expect(names).toEqual(['Vip Vera']);
    const withPaused = await owner.post('/api/v1/disruptions', {
      title: 'VIP line down again',
      clientMessage: 'Our VIP line is down.',
      audience: { kind: 'filter', tags: ['vip'], statuses: ['active', 'paused'], query: 'PAT ' },
    });
    expect(withPaused.body.disruption.audience).toEqual({
      kind: 'filter',
      tags: ['vip'],
      statuses: ['active', 'paused'],
      query: 'PAT',
    });
    expect(withPaused.body.outreach.clients).toBe(1);
  });

  it('lists active disruptions first, pages them, and edits one with its cadence', async () => {
    const clients = await seedClients(t, workspaceId, 2, { prefix: 'Lister' });
    const declared = await declareOver(owner, [clients[0]?.id as string], {
      title: 'Old trouble',
      startedOn: '2026-10-01',
    });
    await t.database.db.execute(sql`update disruptions set status = 'resolved', resolved_at = now(),
      resolved_on = '2026-10-20' where id = ${declared.disruption.id}`);

    const listed = await allPages<{ title: string; status: string }>(owner, '/api/v1/disruptions?limit=2');
    const statuses = listed.map((item) => item.status);
    expect(statuses.indexOf('resolved')).toBe(statuses.length - 1);
    expect(listed.at(-1)?.title).toBe('Old trouble');
    const resolvedOnly = await owner.get('/api/v1/disruptions?status=resolved');
    expect(resolvedOnly.body.items.map((item: { title: string }) => item.title)).toEqual(['Old trouble']);

    const active = await declareOver(owner, [clients[1]?.id as string], { title: 'New trouble' });
    const edited = await owner.patch(`/api/v1/disruptions/${active.disruption.id}`, {
      cadenceDays: 3,
      clientMessage: 'Sam is covering.',
      privateDetail: '',
      outreachBody: 'Hi {{ client.first_name }}: {{message}}',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      cadenceDays: 3,
      clientMessage: 'Sam is covering.',
      privateDetail: '',
    });
    const [row] = (await owner.get(`/api/v1/disruptions/${active.disruption.id}/clients`)).body.items;
    expect(row.nextUpdateDueOn).toBe('2026-11-26');
    // A resolved disruption is history: it cannot be edited.
    const refused = await owner.patch(`/api/v1/disruptions/${declared.disruption.id}`, {
      title: 'Rewritten',
    });
    expect(refused.status).toBe(422);
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_id = ${active.disruption.id} order by id`,
    );
    expect(audit.map((entry) => entry.action)).toEqual(['disruption.declare', 'disruption.update']);
  });

  it('documents every route in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        'GET /api/v1/disruptions',
        'POST /api/v1/disruptions',
        'GET /api/v1/disruptions/{id}',
        'PATCH /api/v1/disruptions/{id}',
        'GET /api/v1/disruptions/{id}/clients',
        'POST /api/v1/disruptions/{id}/clients',
        'PATCH /api/v1/disruptions/{id}/clients/{clientId}',
        'DELETE /api/v1/disruptions/{id}/clients/{clientId}',
        'POST /api/v1/disruptions/{id}/estimate',
        'POST /api/v1/disruptions/{id}/promise',
        'POST /api/v1/disruptions/{id}/tell',
        'GET /api/v1/disruptions/{id}/promises',
      ]),
    );
  });
});
