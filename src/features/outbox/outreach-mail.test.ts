// Steps 1 and 2 end to end: a disruption declared through the API queues the outreach, the
// outbox sender delivers it to a real SMTP server in process, each client gets their own
// merged message (and never the private detail), and the delivery counts as the contact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient } from '../../../test/support/factories.ts';
import { type SmtpReceiver, startSmtpReceiver } from '../../../test/support/smtp-receiver.ts';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { deliverDueMessages } from '../../mail/deliver-due-messages.ts';
import { createMailTransport, type MailTransport } from '../../mail/mail-transport.ts';
import { FROM } from './outbox-test-aids.ts';

const PUBLIC_URL = 'https://rapport.harbor.example';
const PRIVATE_DETAIL = 'Olive has pneumonia; the doctor says three weeks off at least.';
const CLIENT_MESSAGE = 'Olive is unwell and the studio runs at half speed for a while.';

describe('outreach mail for a disruption', () => {
  let t: TestApp;
  let owner: ApiClient;
  let workspaceId: string;
  let receiver: SmtpReceiver;
  let transport: MailTransport;

  beforeAll(async () => {
    t = await startTestApp({ publicUrl: PUBLIC_URL });
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
    receiver = await startSmtpReceiver();
    transport = createMailTransport(receiver.url);
  });
  afterAll(async () => {
    transport.close();
    await receiver.close();
    await t.close();
  });

  it('reaches each client with their own merged message, keeps the private detail out, and records the contact', async () => {
    const zoe = await insertClient(t.database.db, workspaceId, {
      name: 'Zoë Brandt',
      email: 'zoe@example.com',
    });
    const ben = await insertClient(t.database.db, workspaceId, {
      name: 'Ben Okafor',
      email: 'ben@example.com',
    });
    const phoneOnly = await insertClient(t.database.db, workspaceId, {
      name: 'Carmen Ruiz',
      email: null,
      phone: '+1 555 0100',
    });
    const declared = await owner.post('/api/v1/disruptions', {
      title: 'Olive is ill',
      privateDetail: PRIVATE_DETAIL,
      clientMessage: CLIENT_MESSAGE,
      audience: { kind: 'chosen', clientIds: [zoe.id, ben.id, phoneOnly.id] },
      estimateOn: '2026-12-01',
      bufferDays: 3,
    });
    expect(declared.status).toBe(201);
    const disruptionId: string = declared.body.disruption.id;
    expect(declared.body.outreach).toMatchObject({ clients: 3, messagesQueued: 2, toReachOtherwise: 1 });

    const queued = await owner.get(`/api/v1/outbox?sourceKind=disruption_outreach&sourceId=${disruptionId}`);
    expect(queued.body.counts.queued).toBe(2);

    expect(await deliverDueMessages(t.database.db, transport, { now: t.clock.now, from: FROM })).toEqual({
      sent: 2,
      retrying: 0,
      failed: 0,
    });
    expect(receiver.messages).toHaveLength(2);

    const links = new Set<string>();
    for (const [client, firstName] of [
      [zoe, 'Zoë'],
      [ben, 'Ben'],
    ] as const) {
      const mail = receiver.messages.find((received) => received.envelopeTo.includes(client.email as string));
      if (!mail) throw new Error(`no mail for ${client.name}`);
      const text = mail.text.replace(/\r\n/g, '\n');
      expect(mail.headers.get('to')).toBe(`${client.name} <${client.email}>`);
      expect(mail.subject).toBe('Harbor Studio: what is going on, and what it means for you');
      expect(text).toMatch(new RegExp(`^Dear ${firstName},\n`));
      expect(text).toContain(CLIENT_MESSAGE);
      // Estimate 1 December plus 3 days of wiggle room: clients hear the 4th.
      expect(text).toContain('Friday 4 December 2026');
      expect(text).not.toContain('1 December');
      const link = new RegExp(`${PUBLIC_URL.replace(/\./g, '\\.')}(/c/[A-Za-z0-9_-]{20,})`).exec(text);
      const path = link?.[1];
      if (!path) throw new Error(`no page link for ${client.name} in:\n${text}`);
      links.add(path);
      // Nothing private reaches the client, in any part of the message.
      expect(mail.raw).not.toContain('pneumonia');
      expect(text).not.toContain(PRIVATE_DETAIL);
      expect(text).not.toMatch(/\{\{|\}\}/);

      // The link opens that client's own private page.
      const page = await t.app.inject({ method: 'GET', url: path });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(CLIENT_MESSAGE);
      expect(page.body).not.toContain('pneumonia');
    }
    expect(links.size).toBe(2);

    // The delivery is the contact: step 1 done for the mailed clients, not the phone-only one.
    const affected = (await owner.get(`/api/v1/disruptions/${disruptionId}/clients?limit=200`)).body.items;
    const rowOf = (id: string) => affected.find((item: { clientId: string }) => item.clientId === id);
    for (const client of [zoe, ben]) {
      expect(rowOf(client.id)).toMatchObject({
        contactedAt: t.clock.now().toISOString(),
        lastUpdateAt: t.clock.now().toISOString(),
        outreachTask: { doneAt: expect.any(String) },
      });
    }
    expect(rowOf(phoneOnly.id)).toMatchObject({ contactedAt: null, outreachTask: { doneAt: null } });
    const sent = await owner.get(`/api/v1/outbox?sourceId=${disruptionId}&status=sent`);
    expect(sent.body.items).toHaveLength(2);
  });

  it('counts a message copied and marked sent by hand as the contact too', async () => {
    const ada = await insertClient(t.database.db, workspaceId, {
      name: 'Ada Fielding',
      email: 'ada@example.com',
    });
    const declared = await owner.post('/api/v1/disruptions', {
      title: 'Flooded studio',
      privateDetail: PRIVATE_DETAIL,
      clientMessage: 'The studio is closed while the floor dries out.',
      audience: { kind: 'chosen', clientIds: [ada.id] },
    });
    expect(declared.status).toBe(201);
    const disruptionId: string = declared.body.disruption.id;
    const [message] = (await owner.get(`/api/v1/outbox?sourceId=${disruptionId}`)).body.items;
    expect(message).toMatchObject({ status: 'queued', toAddress: 'ada@example.com' });

    t.clock.advanceHours(2);
    const preview = (await owner.get(`/api/v1/outbox/${message.id}`)).body;
    expect(preview.bodyText).toContain('The studio is closed while the floor dries out.');
    expect(preview.bodyText).not.toContain('pneumonia');
    expect((await owner.post(`/api/v1/outbox/${message.id}/mark-sent`)).status).toBe(200);

    const [row] = (await owner.get(`/api/v1/disruptions/${disruptionId}/clients`)).body.items;
    expect(row).toMatchObject({
      clientId: ada.id,
      contactedAt: t.clock.now().toISOString(),
      outreachTask: { doneAt: expect.any(String) },
    });
    // The hand-sent message is not sent again by the sender.
    expect(await deliverDueMessages(t.database.db, transport, { now: t.clock.now, from: FROM })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });
  });
});
