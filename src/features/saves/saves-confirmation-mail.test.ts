// An accepted offer's confirmation goes to the client through the outbox (when they have an
// e-mail address), in the acceptance's own transaction: a refused accept queues nothing.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpReceiver, startSmtpReceiver } from '../../../test/support/smtp-receiver.ts';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { clients } from '../../db/schema/index.ts';
import { deliverDueMessages } from '../../mail/deliver-due-messages.ts';
import { createMailTransport } from '../../mail/mail-transport.ts';
import { clientWhoCalled } from './save-test-aids.ts';

describe('the save confirmation by mail', () => {
  let t: TestApp;
  let owner: ApiClient;
  let workspaceId: string;
  let receiver: SmtpReceiver;

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
    receiver = await startSmtpReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });

  const acceptHoliday = async (caseId: string) => {
    const proposed = await owner.post(`/api/v1/saves/${caseId}/offers`, { kind: 'holiday' });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    return {
      offerId: proposed.body.offer.id as string,
      accepted: await owner.post(`/api/v1/saves/${caseId}/offers/${proposed.body.offer.id}/accept`),
    };
  };

  it('queues what was agreed to the client, once, and it reaches them', async () => {
    const call = await clientWhoCalled(t, owner, workspaceId, {
      priceMinor: 12_000,
      startsOn: '2026-06-24',
      through: '2026-11-23',
      name: 'Casey Morgan',
    });
    const [client] = await t.database.db.select().from(clients).where(eq(clients.id, call.clientId));
    const { offerId, accepted } = await acceptHoliday(call.caseId);
    expect(accepted.status).toBe(200);

    const queued = (await owner.get(`/api/v1/outbox?sourceKind=save_confirmation&sourceId=${call.caseId}`))
      .body;
    expect(queued.items).toHaveLength(1);
    const message = (await owner.get(`/api/v1/outbox/${queued.items[0].id}`)).body;
    expect(message).toMatchObject({
      status: 'queued',
      clientId: call.clientId,
      toAddress: client?.email,
      toName: 'Casey Morgan',
      subject: 'Harbor Studio: what we agreed',
    });
    expect(message.bodyText).toMatch(/^Dear Casey,\n/);
    expect(message.bodyText).toContain(accepted.body.confirmation);

    // Accepting again is refused and queues nothing more.
    expect((await owner.post(`/api/v1/saves/${call.caseId}/offers/${offerId}/accept`)).status).toBe(422);
    expect((await owner.get(`/api/v1/outbox?sourceId=${call.caseId}`)).body.items).toHaveLength(1);

    const transport = createMailTransport(receiver.url);
    try {
      await deliverDueMessages(t.database.db, transport, {
        now: t.clock.now,
        from: 'Harbor <hi@harbor.example>',
      });
    } finally {
      transport.close();
    }
    const [mail] = receiver.messages;
    expect(mail?.envelopeTo).toEqual([client?.email]);
    expect(mail?.text).toContain(accepted.body.confirmation);
  });

  it('queues nothing for a client without an e-mail address; the team hands it over', async () => {
    const call = await clientWhoCalled(t, owner, workspaceId, {
      priceMinor: 9_000,
      startsOn: '2026-06-24',
      through: '2026-11-23',
      name: 'Phone Only',
    });
    await t.database.db
      .update(clients)
      .set({ email: null, phone: '+1 555 0100' })
      .where(eq(clients.id, call.clientId));
    const { accepted } = await acceptHoliday(call.caseId);
    expect(accepted.status).toBe(200);
    expect(accepted.body.confirmation).toMatch(/^Your payment holiday/);
    expect((await owner.get(`/api/v1/outbox?clientId=${call.clientId}`)).body.items).toEqual([]);
  });
});
