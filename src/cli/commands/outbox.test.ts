import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpReceiver, startSmtpReceiver } from '../../../test/support/smtp-receiver.ts';
import { TestClock } from '../../../test/support/test-app.ts';
import { createTestDatabase } from '../../../test/support/test-database.ts';
import type { Database } from '../../db/connect.ts';
import { FROM, outboxRows, queueTestMessages, testMessage } from '../../features/outbox/outbox-test-aids.ts';
import { captureIO, setUpWorkspace } from '../cli-test-aids.ts';
import { runOutboxList, runOutboxSend } from './outbox.ts';

describe('rapport outbox', () => {
  let database: Database;
  let receiver: SmtpReceiver;
  let workspaceId: string;
  const clock = new TestClock();

  beforeAll(async () => {
    database = await createTestDatabase();
    receiver = await startSmtpReceiver();
    const { workspace } = await setUpWorkspace(database.db);
    workspaceId = workspace.id;
  });
  afterAll(async () => {
    await receiver.close();
    await database.close();
  });

  it('sends what is due through SMTP_URL, prints the counts, and lists the result', async () => {
    const empty = captureIO();
    await runOutboxList(database.db, {}, empty.io);
    expect(empty.out()).toBe('The outbox is empty.\n');

    receiver.refuse({ code: 550, message: 'No such user', onlyTo: (address) => address.startsWith('gone') });
    await queueTestMessages(
      database.db,
      workspaceId,
      [
        testMessage({ toAddress: 'ada@example.com', subject: 'Our studio is closed this week' }),
        testMessage({ toAddress: 'gone@example.com', subject: 'Refused' }),
      ],
      clock.now(),
    );
    const sent = captureIO();
    const code = await runOutboxSend(database.db, { smtpUrl: receiver.url, from: FROM }, sent.io, clock.now);
    expect(code).toBe(0);
    expect(sent.out()).toBe('Sent 1, to retry later 1, failed 0\n');
    expect(receiver.messages.map((mail) => mail.subject)).toEqual(['Our studio is closed this week']);

    const listed = captureIO();
    const items = await runOutboxList(database.db, {}, listed.io);
    expect(items.map((item) => item.status).sort()).toEqual(['queued', 'sent']);
    const lines = listed.out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^created\s+status\s+tries\s+to\s+subject\s+message$/);
    expect(lines.slice(1).join('\n')).toMatch(
      /^2026-11-23 09:00 {2}sent {4}1 {6}ada@example.com {3}Our studio is closed this week {2}[0-9a-f-]{36}$/m,
    );
    expect(listed.err()).toContain('2 messages shown (in all: 1 queued, 1 sent)');
  });

  it('exits 1 and shows the error when a message failed for good', async () => {
    const [row] = (await outboxRows(database.db, workspaceId)).filter(
      (r) => r.toAddress === 'gone@example.com',
    );
    if (!row) throw new Error('no refused message');
    // Run the clock through every backoff: the eighth refusal fails it.
    let code = 0;
    for (let run = 0; run < 7; run++) {
      clock.advanceHours(1);
      code = await runOutboxSend(
        database.db,
        { smtpUrl: receiver.url, from: FROM },
        captureIO().io,
        clock.now,
      );
    }
    expect(code).toBe(1);
    const failed = captureIO();
    const items = await runOutboxList(database.db, { status: 'failed' }, failed.io);
    expect(items.map((item) => item.id)).toEqual([row.id]);
    expect(failed.out()).toContain('  ↳ 550 No such user');
  });

  it('refuses to send without SMTP_URL, and refuses a bad status or limit', async () => {
    const before = JSON.stringify(await outboxRows(database.db, workspaceId));
    await expect(
      runOutboxSend(database.db, { smtpUrl: undefined, from: FROM }, captureIO().io),
    ).rejects.toThrow(/SMTP_URL is not set/);
    await expect(runOutboxList(database.db, { status: 'lost' }, captureIO().io)).rejects.toThrow(/--status/);
    await expect(runOutboxList(database.db, { limit: '201' }, captureIO().io)).rejects.toThrow(/--limit/);
    expect(JSON.stringify(await outboxRows(database.db, workspaceId))).toBe(before);
  });
});
