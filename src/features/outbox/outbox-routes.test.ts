// The Outbox API without an SMTP server: messages wait to be copied and marked sent by
// hand; retry, cancel, previews, filters, and who may see what. Refusals change nothing.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient, insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { outboxMessages } from '../../db/schema/index.ts';
import { otherWorkspaceOwner } from '../invoices/billing-test-fixtures.ts';
import { INVITE, outboxRow, outboxRows, queueTestMessages, testMessage } from './outbox-test-aids.ts';

describe('outbox API', () => {
  let t: TestApp;
  let owner: ApiClient;
  let staff: ApiClient;
  let standIn: ApiClient;
  let elsewhere: ApiClient;
  let workspaceId: string;
  let ownerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
    ownerId = setup.me.user.id;
    const staffUser = await insertUser(t.database.db, workspaceId, 'staff', { name: 'Sam Staff' });
    staff = await signIn(t, staffUser.user.email, staffUser.password);
    const standInUser = await insertUser(t.database.db, workspaceId, 'stand_in');
    standIn = await signIn(t, standInUser.user.email, standInUser.password);
    elsewhere = await otherWorkspaceOwner(t);
  });
  afterAll(() => t.close());

  const queue = async (overrides: Parameters<typeof testMessage>[0] = {}) => {
    const [row] = await queueTestMessages(
      t.database.db,
      workspaceId,
      [testMessage(overrides)],
      t.clock.now(),
    );
    if (!row) throw new Error('nothing queued');
    return row;
  };
  const fingerprint = async () => JSON.stringify(await outboxRows(t.database.db, workspaceId));

  it('lists newest first with counts, filters, pages, and says SMTP is not configured', async () => {
    const client = await insertClient(t.database.db, workspaceId, { name: 'Ada Fielding' });
    const sourceId = crypto.randomUUID();
    const first = await queue({ clientId: client.id, sourceKind: 'disruption_outreach', sourceId });
    t.clock.advanceHours(1);
    const second = await queue({ sourceKind: 'save_confirmation' });
    t.clock.advanceHours(1);
    const third = await queue({ clientId: client.id, sourceKind: 'disruption_outreach', sourceId });

    const all = await staff.get('/api/v1/outbox');
    expect(all.status).toBe(200);
    expect(all.body.mailConfigured).toBe(false);
    expect(all.body.items.map((item: { id: string }) => item.id)).toEqual([third.id, second.id, first.id]);
    expect(all.body.counts).toEqual({ queued: 3, sending: 0, sent: 0, failed: 0, cancelled: 0 });
    expect(all.body.items[0]).toMatchObject({
      status: 'queued',
      clientId: client.id,
      clientName: 'Ada Fielding',
      sourceKind: 'disruption_outreach',
      sourceId,
      attempts: 0,
      nextAttemptAt: third.nextAttemptAt.toISOString(),
      lastError: null,
      sentAt: null,
      sentByHand: false,
      actions: ['mark_sent', 'cancel'],
    });
    expect(all.body.items[0]).not.toHaveProperty('bodyText');

    const bySource = await owner.get(`/api/v1/outbox?sourceKind=disruption_outreach&sourceId=${sourceId}`);
    expect(bySource.body.items.map((item: { id: string }) => item.id)).toEqual([third.id, first.id]);
    expect(bySource.body.counts.queued).toBe(2);
    const byClient = await owner.get(`/api/v1/outbox?clientId=${client.id}&limit=1`);
    expect(byClient.body.items.map((item: { id: string }) => item.id)).toEqual([third.id]);
    const next = await owner.get(
      `/api/v1/outbox?clientId=${client.id}&limit=1&cursor=${encodeURIComponent(byClient.body.nextCursor)}`,
    );
    expect(next.body.items.map((item: { id: string }) => item.id)).toEqual([first.id]);
    expect(next.body.nextCursor).toBeNull();
    expect((await owner.get('/api/v1/outbox?status=sent')).body.items).toEqual([]);

    for (const bad of [
      'status=lost',
      'limit=500',
      'cursor=garbage',
      'clientId=nope',
      'sourceKind=DROP%20TABLE',
      'extra=1',
    ]) {
      const refused = await owner.get(`/api/v1/outbox?${bad}`);
      expect(refused.status, bad).toBe(400);
      expect(refused.body.error.code).toBe('invalid_input');
    }
  });

  it('previews a message in full, with its files to download', async () => {
    const message = await queue({
      subject: 'Meeting on Thursday',
      bodyText: 'Dear Ben,\n\nSee you Thursday.\n',
      attachments: [{ filename: 'meeting.ics', contentType: 'text/calendar', content: INVITE }],
    });
    const preview = await owner.get(`/api/v1/outbox/${message.id}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      id: message.id,
      toAddress: message.toAddress,
      toName: message.toName,
      subject: 'Meeting on Thursday',
      bodyText: 'Dear Ben,\n\nSee you Thursday.\n',
      attachmentCount: 1,
      attachments: [{ index: 0, filename: 'meeting.ics', contentType: 'text/calendar', size: INVITE.length }],
      smtpMessageId: null,
      sentByHandUser: null,
    });
    const file = await owner.get(`/api/v1/outbox/${message.id}/attachments/0`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toMatch(/^text\/calendar/);
    expect(file.headers['content-disposition']).toBe('attachment; filename="meeting.ics"');
    expect(file.body).toBe(INVITE);
    expect((await owner.get(`/api/v1/outbox/${message.id}/attachments/1`)).status).toBe(404);
    expect((await owner.get(`/api/v1/outbox/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await owner.get('/api/v1/outbox/not-an-id')).status).toBe(400);
  });

  it('marks a message sent by hand, once, by whom, in the audit log', async () => {
    const message = await queue();
    t.clock.advanceHours(1);
    const marked = await staff.post(`/api/v1/outbox/${message.id}/mark-sent`);
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({
      status: 'sent',
      sentAt: t.clock.now().toISOString(),
      sentByHand: true,
      sentByHandUser: { name: 'Sam Staff' },
      actions: [],
    });
    const before = await fingerprint();
    for (const action of ['mark-sent', 'cancel', 'retry']) {
      const refused = await owner.post(`/api/v1/outbox/${message.id}/${action}`);
      expect(refused.status, action).toBe(409);
      expect(refused.body.error.message).toMatch(/already sent/);
    }
    expect(await fingerprint()).toBe(before);
    const audit = (await owner.get('/api/v1/audit?limit=10')).body.items;
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'outbox.mark_sent',
          entityType: 'outbox_message',
          entityId: message.id,
        }),
      ]),
    );
  });

  it('cancels a queued message, and then refuses to send, retry or cancel it again', async () => {
    const message = await queue();
    const cancelled = await owner.post(`/api/v1/outbox/${message.id}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', actions: [] });
    const before = await fingerprint();
    for (const action of ['cancel', 'mark-sent', 'retry']) {
      expect((await owner.post(`/api/v1/outbox/${message.id}/${action}`)).status, action).toBe(409);
    }
    expect(await fingerprint()).toBe(before);
  });

  it('retries only a failed message: queued again now with its tries reset', async () => {
    const message = await queue();
    const queuedRetry = await owner.post(`/api/v1/outbox/${message.id}/retry`);
    expect(queuedRetry.status).toBe(409);
    expect(queuedRetry.body.error.message).toMatch(/still queued/);

    await t.database.db
      .update(outboxMessages)
      .set({ status: 'failed', attempts: 8, lastError: '550 No such user' })
      .where(eq(outboxMessages.id, message.id));
    t.clock.advanceHours(3);
    const retried = await owner.post(`/api/v1/outbox/${message.id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({
      status: 'queued',
      attempts: 0,
      nextAttemptAt: t.clock.now().toISOString(),
      lastError: '550 No such user',
    });
    const audit = (await owner.get('/api/v1/audit?limit=5')).body.items;
    expect(audit[0]).toMatchObject({
      action: 'outbox.retry',
      entityId: message.id,
      actor: { id: ownerId },
      before: { status: 'failed', attempts: 8 },
    });
  });

  it('leaves a message the sender holds alone', async () => {
    const message = await queue();
    await t.database.db
      .update(outboxMessages)
      .set({ status: 'sending', leaseUntil: new Date(t.clock.now().getTime() + 60_000), attempts: 1 })
      .where(eq(outboxMessages.id, message.id));
    const before = await fingerprint();
    for (const action of ['mark-sent', 'cancel', 'retry']) {
      const refused = await owner.post(`/api/v1/outbox/${message.id}/${action}`);
      expect(refused.status, action).toBe(409);
      expect(refused.body.error.message).toMatch(/being sent right now/);
    }
    expect(await fingerprint()).toBe(before);
    expect((await outboxRow(t.database.db, workspaceId, message.id)).status).toBe('sending');
  });

  it('is closed to stand-ins (403) and to other workspaces (404), changing nothing', async () => {
    const message = await queue();
    const before = await fingerprint();
    const paths = [
      ['GET', '/api/v1/outbox'],
      ['GET', `/api/v1/outbox/${message.id}`],
      ['GET', `/api/v1/outbox/${message.id}/attachments/0`],
      ['POST', `/api/v1/outbox/${message.id}/mark-sent`],
      ['POST', `/api/v1/outbox/${message.id}/retry`],
      ['POST', `/api/v1/outbox/${message.id}/cancel`],
    ] as const;
    for (const [method, path] of paths) {
      const response = method === 'GET' ? await standIn.get(path) : await standIn.post(path);
      expect(response.status, path).toBe(403);
    }
    for (const [method, path] of paths.slice(1)) {
      const response = method === 'GET' ? await elsewhere.get(path) : await elsewhere.post(path);
      expect(response.status, path).toBe(404);
    }
    const theirs = await elsewhere.get('/api/v1/outbox');
    expect(theirs.body.items).toEqual([]);
    expect(theirs.body.counts.queued).toBe(0);
    expect(await fingerprint()).toBe(before);
  });

  it('lists the outbox in the OpenAPI document', async () => {
    const spec = (await owner.get('/api/openapi.json')).body;
    for (const path of [
      '/api/v1/outbox',
      '/api/v1/outbox/{id}',
      '/api/v1/outbox/{id}/attachments/{index}',
      '/api/v1/outbox/{id}/retry',
      '/api/v1/outbox/{id}/mark-sent',
      '/api/v1/outbox/{id}/cancel',
    ]) {
      expect(spec.paths[path], path).toBeDefined();
    }
  });
});
