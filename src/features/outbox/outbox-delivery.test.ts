// The outbox sender against a real SMTP server in process: what arrives, retries with
// backoff when the server refuses, `failed` once the tries are spent, a dead sender's
// lease, and that no message is ever lost or sent twice by senders sharing the queue.
import { inArray } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { insertClient } from '../../../test/support/factories.ts';
import { type SmtpReceiver, startSmtpReceiver } from '../../../test/support/smtp-receiver.ts';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DEFAULT_RETRY_POLICY, retryDelayMs } from '../../core/mail/retry-schedule.ts';
import { outboxMessages } from '../../db/schema/index.ts';
import { deliverDueMessages } from '../../mail/deliver-due-messages.ts';
import { leaseDueMessages } from '../../mail/lease-due-messages.ts';
import { createMailTransport, type MailTransport } from '../../mail/mail-transport.ts';
import { FROM, INVITE, outboxRow, outboxRows, queueTestMessages, testMessage } from './outbox-test-aids.ts';

describe('outbox delivery to a real SMTP server', () => {
  let t: TestApp;
  let owner: ApiClient;
  let workspaceId: string;
  let receiver: SmtpReceiver;
  let transport: MailTransport;

  const deliver = (extra: Partial<Parameters<typeof deliverDueMessages>[2]> = {}) =>
    deliverDueMessages(t.database.db, transport, { now: t.clock.now, from: FROM, ...extra });

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
    receiver = await startSmtpReceiver();
    transport = createMailTransport(receiver.url);
  });
  afterEach(async () => {
    receiver.refuse(null);
    receiver.clear();
    // Leave nothing due for the next test: whatever a test left queued is cancelled.
    await t.database.db
      .update(outboxMessages)
      .set({ status: 'cancelled' })
      .where(inArray(outboxMessages.status, ['queued', 'sending']));
  });
  afterAll(async () => {
    transport.close();
    await receiver.close();
    await t.close();
  });

  it('delivers subject, body, recipient and an .ics invite, and records the message sent', async () => {
    const client = await insertClient(t.database.db, workspaceId, { name: 'Zoë Brandt' });
    const [queued] = await queueTestMessages(
      t.database.db,
      workspaceId,
      [
        testMessage({
          clientId: client.id,
          toAddress: 'zoe@example.com',
          toName: 'Zoë Brandt',
          subject: 'Our café is closed this week — here is the plan',
          bodyText: 'Dear Zoë,\n\nWe are sorry. Your page: http://localhost:3000/c/abc\n',
          attachments: [{ filename: 'meeting.ics', contentType: 'text/calendar', content: INVITE }],
          sourceKind: 'disruption_meeting',
        }),
      ],
      t.clock.now(),
    );
    if (!queued) throw new Error('nothing queued');

    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });

    const [mail] = receiver.messages;
    expect(receiver.messages).toHaveLength(1);
    expect(mail?.envelopeFrom).toBe('hello@harbor.example');
    expect(mail?.envelopeTo).toEqual(['zoe@example.com']);
    expect(mail?.headers.get('to')).toBe('Zoë Brandt <zoe@example.com>');
    expect(mail?.headers.get('from')).toBe(FROM);
    expect(mail?.headers.get('message-id')).toBe(`<${queued.id}@harbor.example>`);
    expect(mail?.subject).toBe('Our café is closed this week — here is the plan');
    expect(mail?.text.replace(/\r\n/g, '\n')).toBe(
      'Dear Zoë,\n\nWe are sorry. Your page: http://localhost:3000/c/abc\n',
    );
    expect(mail?.attachments).toHaveLength(1);
    expect(mail?.attachments[0]?.filename).toBe('meeting.ics');
    expect(mail?.attachments[0]?.contentType).toMatch(/^text\/calendar;.*method=REQUEST/i);
    expect(mail?.attachments[0]?.content.replace(/\r\n/g, '\n')).toBe(INVITE.replace(/\r\n/g, '\n'));

    const row = await outboxRow(t.database.db, workspaceId, queued.id);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, leaseUntil: null, sentByHandUserId: null });
    expect(row.sentAt).toEqual(t.clock.now());
    expect(row.smtpMessageId).toBe(`<${queued.id}@harbor.example>`);

    const listed = await owner.get(`/api/v1/outbox?clientId=${client.id}`);
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        id: queued.id,
        status: 'sent',
        sentByHand: false,
        attachmentCount: 1,
        actions: [],
      }),
    ]);
    // Nothing is due any more: a second run sends nothing again.
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(receiver.messages).toHaveLength(1);
  });

  it('retries a refused message with growing waits, then marks it failed and shows why', async () => {
    receiver.refuse({ code: 550, message: 'No such user here' });
    const [queued] = await queueTestMessages(
      t.database.db,
      workspaceId,
      [testMessage({ toAddress: 'gone@example.com', subject: 'Refused' })],
      t.clock.now(),
    );
    if (!queued) throw new Error('nothing queued');

    const started = t.clock.now().getTime();
    for (let attempt = 1; attempt < DEFAULT_RETRY_POLICY.maxAttempts; attempt++) {
      expect(await deliver()).toEqual({ sent: 0, retrying: 1, failed: 0 });
      const row = await outboxRow(t.database.db, workspaceId, queued.id);
      expect(row.status).toBe('queued');
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toMatch(/^550 No such user here/);
      expect(row.nextAttemptAt.getTime()).toBe(t.clock.now().getTime() + retryDelayMs(attempt));
      // Not due yet: a run a moment before its time sends nothing.
      t.clock.current = new Date(row.nextAttemptAt.getTime() - 1);
      expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
      t.clock.current = row.nextAttemptAt;
    }
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(receiver.refusedCount()).toBe(DEFAULT_RETRY_POLICY.maxAttempts);
    expect(t.clock.now().getTime() - started).toBe((1 + 2 + 4 + 8 + 16 + 32 + 60) * 60_000);

    const failed = await owner.get('/api/v1/outbox?status=failed');
    expect(failed.body.items).toEqual([
      expect.objectContaining({
        id: queued.id,
        status: 'failed',
        attempts: DEFAULT_RETRY_POLICY.maxAttempts,
        lastError: expect.stringMatching(/^550 No such user here/),
        nextAttemptAt: null,
        actions: ['retry', 'mark_sent', 'cancel'],
      }),
    ]);
    expect(failed.body.counts.failed).toBe(1);
    // A failed message stays failed: the sender never picks it up again by itself.
    t.clock.advanceHours(48);
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });

    // Someone fixes things and retries: it goes at once, with a fresh set of tries.
    receiver.refuse(null);
    const retried = await owner.post(`/api/v1/outbox/${queued.id}/retry`);
    expect(retried.body).toMatchObject({ status: 'queued', attempts: 0 });
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(receiver.messages.map((mail) => mail.subject)).toEqual(['Refused']);
    expect(await outboxRow(t.database.db, workspaceId, queued.id)).toMatchObject({
      status: 'sent',
      attempts: 1,
    });
  });

  it('takes back the messages of a sender that died holding them once its lease runs out', async () => {
    const [held] = await queueTestMessages(
      t.database.db,
      workspaceId,
      [testMessage({ subject: 'Held' })],
      t.clock.now(),
    );
    if (!held) throw new Error('nothing queued');
    // A sender leases the message, then dies before sending it.
    const leaseUntil = new Date(t.clock.now().getTime() + 5 * 60_000);
    const leased = await leaseDueMessages(t.database.db, {
      now: t.clock.now(),
      leaseUntil,
      batchSize: 10,
      maxAttempts: DEFAULT_RETRY_POLICY.maxAttempts,
    });
    expect(leased.map((message) => message.id)).toEqual([held.id]);

    // While the lease holds, nobody else sends it.
    t.clock.current = new Date(leaseUntil.getTime() - 1);
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await outboxRow(t.database.db, workspaceId, held.id)).toMatchObject({
      status: 'sending',
      attempts: 1,
    });

    t.clock.current = leaseUntil;
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(receiver.messages.map((mail) => mail.subject)).toEqual(['Held']);
    expect(await outboxRow(t.database.db, workspaceId, held.id)).toMatchObject({
      status: 'sent',
      attempts: 2,
    });
  });

  it('fails a message whose sender died during its last try, rather than trying forever', async () => {
    const [held] = await queueTestMessages(t.database.db, workspaceId, [testMessage()], t.clock.now());
    if (!held) throw new Error('nothing queued');
    const leaseUntil = new Date(t.clock.now().getTime() + 60_000);
    await leaseDueMessages(t.database.db, { now: t.clock.now(), leaseUntil, batchSize: 10, maxAttempts: 1 });
    t.clock.current = leaseUntil;
    await deliver({ policy: { ...DEFAULT_RETRY_POLICY, maxAttempts: 1 } });
    expect(receiver.messages).toHaveLength(0);
    const row = await outboxRow(t.database.db, workspaceId, held.id);
    expect(row.status).toBe('failed');
    expect(row.lastError).toMatch(/lease ran out/);
  });

  it('loses nothing: of many messages, some refused, each ends sent once or queued to retry', async () => {
    const refused = (address: string) => /^refuse-/.test(address);
    receiver.refuse({ code: 451, message: 'Try again later', onlyTo: refused });
    const messages = Array.from({ length: 130 }, (_, i) =>
      testMessage({ toAddress: i % 10 === 3 ? `refuse-${i}@example.com` : `ok-${i}@example.com` }),
    );
    const queued = await queueTestMessages(t.database.db, workspaceId, messages, t.clock.now());

    const report = await deliver({ batchSize: 25 });
    expect(report).toEqual({ sent: 117, retrying: 13, failed: 0 });

    const rows = new Map((await outboxRows(t.database.db, workspaceId)).map((row) => [row.id, row]));
    const arrived = receiver.messages.map((mail) => mail.headers.get('message-id'));
    expect(new Set(arrived).size).toBe(117);
    for (const message of queued) {
      const row = rows.get(message.id);
      const isRefused = refused(message.toAddress);
      expect(row?.status).toBe(isRefused ? 'queued' : 'sent');
      expect(arrived.includes(`<${message.id}@harbor.example>`)).toBe(!isRefused);
      if (isRefused) expect(row?.lastError).toMatch(/^451 Try again later/);
    }
  });

  it('shares the queue between two senders running at once: every message goes exactly once', async () => {
    const queued = await queueTestMessages(
      t.database.db,
      workspaceId,
      Array.from({ length: 60 }, () => testMessage()),
      t.clock.now(),
    );
    const second = createMailTransport(receiver.url);
    try {
      const [a, b] = await Promise.all([
        deliver({ batchSize: 10 }),
        deliverDueMessages(t.database.db, second, { now: t.clock.now, from: FROM, batchSize: 10 }),
      ]);
      expect(a.sent + b.sent).toBe(60);
    } finally {
      second.close();
    }
    const arrived = receiver.messages.map((mail) => mail.headers.get('message-id'));
    expect(arrived).toHaveLength(60);
    expect(new Set(arrived)).toEqual(new Set(queued.map((row) => `<${row.id}@harbor.example>`)));
  });
});
