// The sender that runs with the app when SMTP_URL is set: it wakes when a change may have
// queued mail, and stops with the app. And a mail server that is down costs a try, no mail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpReceiver, startSmtpReceiver } from '../../../test/support/smtp-receiver.ts';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { deliverDueMessages } from '../../mail/deliver-due-messages.ts';
import { createMailTransport } from '../../mail/mail-transport.ts';
import { FROM, outboxRow, queueTestMessages, testMessage } from './outbox-test-aids.ts';

describe('the outbox sender inside the app', () => {
  let t: TestApp;
  let owner: ApiClient;
  let workspaceId: string;
  let receiver: SmtpReceiver;

  beforeAll(async () => {
    receiver = await startSmtpReceiver();
    // Polls once an hour: within a test only a wake-up can send anything.
    t = await startTestApp({ mail: { smtpUrl: receiver.url, from: FROM, pollMs: 3_600_000 } });
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  it('says SMTP is configured, and sends queued mail as soon as a change wakes it', async () => {
    expect((await owner.get('/api/v1/outbox')).body.mailConfigured).toBe(true);
    const [message, other] = await queueTestMessages(
      t.database.db,
      workspaceId,
      [testMessage({ subject: 'Woken up' }), testMessage({ subject: 'Cancelled first' })],
      t.clock.now(),
    );
    if (!message || !other) throw new Error('nothing queued');
    // Cancelling one message is a change: the sender wakes and sends the other.
    expect((await owner.post(`/api/v1/outbox/${other.id}/cancel`)).status).toBe(200);
    const [mail] = await receiver.waitFor(1);
    expect(mail?.subject).toBe('Woken up');
    // The row is recorded in the same run; reading it may race the run's last write.
    await expect
      .poll(async () => (await outboxRow(t.database.db, workspaceId, message.id)).status)
      .toBe('sent');
    expect(receiver.messages.map((received) => received.subject)).toEqual(['Woken up']);
  });

  it('counts a try against a mail server that is down, and tries again later', async () => {
    const down = await startSmtpReceiver();
    const url = down.url;
    await down.close();
    const [message] = await queueTestMessages(t.database.db, workspaceId, [testMessage()], t.clock.now());
    if (!message) throw new Error('nothing queued');
    const transport = createMailTransport(url);
    try {
      // (The app's sender sleeps: nothing woke it since the message was queued.)
      const report = await deliverDueMessages(t.database.db, transport, { now: t.clock.now, from: FROM });
      expect(report).toEqual({ sent: 0, retrying: 1, failed: 0 });
    } finally {
      transport.close();
    }
    const row = await outboxRow(t.database.db, workspaceId, message.id);
    expect(row).toMatchObject({ status: 'queued', attempts: 1, leaseUntil: null });
    expect(row.lastError).toMatch(/ECONNREFUSED/);
    expect(row.nextAttemptAt.getTime()).toBe(t.clock.now().getTime() + 60_000);
  });
});
