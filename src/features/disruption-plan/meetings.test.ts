import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient } from '../../../test/support/factories.ts';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { icsLines, icsValue } from '../../core/disruptions/ics-lines.ts';
import { queryRows } from '../../db/query-rows.ts';
import type { OutboxAttachment } from '../../db/schema/index.ts';
import {
  countRows,
  type DisruptionFixture,
  disruptionWithClients,
  signedInStandIn,
} from '../disruption-oversight/oversight-test-aids.ts';

interface OutboxRow {
  to_address: string;
  subject: string;
  body_text: string;
  source_kind: string;
  source_id: string;
  attachments: OutboxAttachment[];
}

const outboxFor = (t: TestApp, meetingId: string) =>
  queryRows<OutboxRow>(
    t.database.db,
    sql`select to_address, subject, body_text, source_kind, source_id, attachments from outbox_messages
        where source_id = ${meetingId} order by created_at, id`,
  );

describe('meetings with clients, with .ics invites', () => {
  let t: TestApp;
  let owner: ApiClient;
  let workspaceId: string;
  let fixture: DisruptionFixture;
  let base: string;
  const clientId = (i: number) => fixture.clients[i]?.id as string;
  const meetingsOf = (i: number) => `${base}/clients/${clientId(i)}/meetings`;

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
    fixture = await disruptionWithClients(t, workspaceId, ['Maria Lopez', 'Birch Yoga', 'Cedar Books'], {
      noEmail: ['Cedar Books'],
    });
    base = `/api/v1/disruptions/${fixture.disruptionId}`;
  });
  afterAll(() => t.close());

  it('books face to face by default and mails a REQUEST invite with a stable UID and sequence 0', async () => {
    const booked = await owner.post(meetingsOf(0), {
      startsAt: '2026-11-25T14:30:00+01:00',
      durationMinutes: 45,
      location: '12 Quay Street',
      notes: 'Bring the March figures.',
      send: true,
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const { meeting, invite } = booked.body;
    expect(meeting).toMatchObject({
      client: { id: clientId(0), name: 'Maria Lopez', email: 'maria.lopez@example.com' },
      kind: 'face_to_face',
      startsAt: '2026-11-25T13:30:00.000Z',
      endsAt: '2026-11-25T14:15:00.000Z',
      status: 'scheduled',
      sequence: 0,
      organizer: { name: 'Olive Owner' },
      inviteUrl: `${base}/meetings/${meeting.id}/invite.ics`,
    });
    expect(invite).toMatchObject({ method: 'REQUEST', filename: 'meeting.ics', queued: true });
    const lines = icsLines(invite.content);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(icsValue(invite.content, 'METHOD')).toBe('REQUEST');
    expect(icsValue(invite.content, 'DTSTART')).toBe('20261125T133000Z');
    expect(icsValue(invite.content, 'UID')).toBe(`${meeting.id}@localhost`);
    expect(icsValue(invite.content, 'SEQUENCE')).toBe('0');
    expect(icsValue(invite.content, 'ORGANIZER')?.toLowerCase()).toBe('mailto:olive@example.com');
    expect(lines.find((line) => line.startsWith('ORGANIZER'))).toContain('CN="Harbor Studio"');
    expect(lines.find((line) => line.startsWith('ATTENDEE'))?.toLowerCase()).toContain(
      'mailto:maria.lopez@example.com',
    );
    // The client-facing message goes in; the private detail never does.
    expect(invite.content.replace(/\r\n /g, '')).toContain('Sam and Ana are covering your work');
    expect(invite.content).not.toContain('Surgery');

    const [mail] = await outboxFor(t, meeting.id);
    expect(mail).toMatchObject({
      to_address: 'maria.lopez@example.com',
      subject: 'Invitation: Harbor Studio: our plan (face to face)',
      source_kind: 'disruption_meeting',
    });
    expect(mail?.body_text).toContain('When: Wednesday 25 November 2026, 13:30 (UTC), 45 minutes');
    expect(mail?.attachments).toEqual([
      {
        filename: 'meeting.ics',
        contentType: 'text/calendar; method=REQUEST; charset=UTF-8',
        content: invite.content,
      },
    ]);

    const download = await owner.get(meeting.inviteUrl);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toContain('text/calendar');
    expect(download.headers['content-disposition']).toBe('attachment; filename="meeting.ics"');
    expect(icsValue(download.body, 'UID')).toBe(`${meeting.id}@localhost`);
  });

  it('moves a meeting (sequence 1, same UID), sends the update, and cancels it with METHOD:CANCEL', async () => {
    const [meeting] = (await owner.get(`${base}/meetings?clientId=${clientId(0)}`)).body.items;
    const url = `${base}/meetings/${meeting.id}`;
    const moved = await owner.patch(url, { startsAt: '2026-11-26T09:00:00Z', send: true });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.meeting).toMatchObject({ sequence: 1, startsAt: '2026-11-26T09:00:00.000Z' });
    expect(icsValue(moved.body.invite.content, 'SEQUENCE')).toBe('1');
    expect(icsValue(moved.body.invite.content, 'DTSTART')).toBe('20261126T090000Z');
    expect(icsValue(moved.body.invite.content, 'UID')).toBe(`${meeting.id}@localhost`);

    // Sending again with no change re-queues the same invite without a new sequence.
    const resent = await owner.patch(url, { send: true });
    expect(resent.body.meeting.sequence).toBe(1);
    expect(resent.body.invite.queued).toBe(true);

    const cancelled = await owner.patch(url, { status: 'cancelled', send: true });
    expect(cancelled.body.meeting).toMatchObject({ status: 'cancelled', sequence: 2 });
    expect(cancelled.body.invite).toMatchObject({ method: 'CANCEL', filename: 'cancelled-meeting.ics' });
    expect(icsValue(cancelled.body.invite.content, 'METHOD')).toBe('CANCEL');
    expect(icsValue(cancelled.body.invite.content, 'STATUS')).toBe('CANCELLED');
    expect(icsValue(cancelled.body.invite.content, 'UID')).toBe(`${meeting.id}@localhost`);
    const mails = await outboxFor(t, meeting.id);
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Invitation: Harbor Studio: our plan (face to face)',
      'Updated invitation: Harbor Studio: our plan (face to face)',
      'Updated invitation: Harbor Studio: our plan (face to face)',
      'Cancelled: Harbor Studio: our plan (face to face)',
    ]);
    expect(mails[3]?.attachments[0]?.contentType).toBe('text/calendar; method=CANCEL; charset=UTF-8');
    expect(icsValue((await owner.get(meeting.inviteUrl)).body, 'METHOD')).toBe('CANCEL');

    const before = await countRows(t);
    expect((await owner.patch(url, { startsAt: '2026-11-27T09:00:00Z' })).status).toBe(409);
    expect((await owner.patch(url, { status: 'held' })).status).toBe(409);
    expect(await countRows(t)).toEqual(before);
  });

  it('logs a held meeting on the timeline as contact: in person, on video, or a call', async () => {
    const inPerson = (
      await owner.post(meetingsOf(1), { startsAt: '2026-11-23T15:00:00Z', durationMinutes: 30 })
    ).body.meeting;
    const byPhone = (
      await owner.post(meetingsOf(1), {
        kind: 'phone',
        startsAt: '2026-11-23T16:00:00Z',
        durationMinutes: 15,
      })
    ).body.meeting;
    expect((await owner.patch(`${base}/meetings/${inPerson.id}`, { status: 'held' })).status).toBe(409);

    t.clock.advanceHours(8);
    try {
      const held = await owner.patch(`${base}/meetings/${inPerson.id}`, {
        status: 'held',
        summary: 'Agreed the new delivery dates; she wants weekly updates.',
      });
      expect(held.status, JSON.stringify(held.body)).toBe(200);
      expect(held.body.meeting.status).toBe('held');
      const phoned = await owner.patch(`${base}/meetings/${byPhone.id}`, { status: 'held' });
      const timeline = (await owner.get(`/api/v1/clients/${clientId(1)}/interactions`)).body.items;
      const byId = new Map(timeline.map((entry: { id: string }) => [entry.id, entry]));
      expect(byId.get(held.body.interactionId)).toMatchObject({
        channel: 'meeting_in_person',
        direction: 'outbound',
        occurredAt: '2026-11-23T15:00:00.000Z',
        body: 'Agreed the new delivery dates; she wants weekly updates.',
      });
      expect(byId.get(phoned.body.interactionId)).toMatchObject({ channel: 'call', direction: 'outbound' });
      expect((await owner.patch(`${base}/meetings/${inPerson.id}`, { status: 'held' })).status).toBe(409);
    } finally {
      t.clock.current = new Date('2026-11-23T09:00:00Z');
    }
  });

  it('makes an invite without an attendee for a client with no address, and queues nothing', async () => {
    const booked = await owner.post(meetingsOf(2), {
      kind: 'video',
      startsAt: '2026-11-30T10:00:00Z',
      durationMinutes: 60,
      location: 'https://meet.example.com/abc',
      send: true,
    });
    expect(booked.status).toBe(201);
    expect(booked.body.invite.queued).toBe(false);
    expect(icsLines(booked.body.invite.content).some((line) => line.startsWith('ATTENDEE'))).toBe(false);
    expect(await outboxFor(t, booked.body.meeting.id)).toEqual([]);
  });

  it('refuses past, out-of-range and unaffected bookings, writing nothing', async () => {
    const stranger = await insertClient(t.database.db, workspaceId, { name: 'Not Affected' });
    const sam = await signedInStandIn(t, workspaceId, 'Sam Stand-in');
    await owner.send('PUT', `${base}/stand-ins`, {
      assignments: [{ clientId: clientId(1), userId: sam.user.id }],
    });
    const good = { startsAt: '2026-11-30T10:00:00Z', durationMinutes: 30 };
    const before = await countRows(t);

    const past = await owner.post(meetingsOf(0), { ...good, startsAt: '2026-11-23T08:59:00Z' });
    expect(past.status).toBe(400);
    expect(past.body.error.details).toEqual([
      { path: 'startsAt', message: 'A meeting must start in the future' },
    ]);
    expect((await owner.post(meetingsOf(0), { ...good, startsAt: '2028-01-01T10:00:00Z' })).status).toBe(400);
    expect((await owner.post(meetingsOf(0), { ...good, durationMinutes: 4 })).status).toBe(400);
    expect((await owner.post(meetingsOf(0), { ...good, durationMinutes: 481 })).status).toBe(400);
    expect((await owner.post(meetingsOf(0), { ...good, startsAt: 'tomorrow' })).status).toBe(400);
    expect((await owner.post(meetingsOf(0), { ...good, kind: 'carrier_pigeon' })).status).toBe(400);
    expect((await owner.post(`${base}/clients/${stranger.id}/meetings`, good)).status).toBe(404);
    expect((await sam.api.post(meetingsOf(0), good)).status).toBe(404);
    expect(
      (await owner.post(`/api/v1/disruptions/${clientId(0)}/clients/${clientId(0)}/meetings`, good)).status,
    ).toBe(404);
    expect((await owner.patch(`${base}/meetings/${clientId(0)}`, { status: 'cancelled' })).status).toBe(404);
    expect((await owner.get(`${base}/meetings/${clientId(0)}/invite.ics`)).status).toBe(404);
    expect(await countRows(t)).toEqual(before);

    // The stand-in books with their own client and sees only those meetings.
    expect((await sam.api.post(meetingsOf(1), good)).status).toBe(201);
    const seen = (await sam.api.get(`${base}/meetings`)).body.items.map(
      (m: { client: { id: string } }) => m.client.id,
    );
    expect(new Set(seen)).toEqual(new Set([clientId(1)]));
    const all = (await owner.get(`${base}/meetings`)).body.items.map((m: { startsAt: string }) => m.startsAt);
    expect(all).toEqual([...all].sort());
    const firstPage = await owner.get(`${base}/meetings?limit=2`);
    const rest = await owner.get(`${base}/meetings?limit=200&cursor=${firstPage.body.nextCursor}`);
    expect(
      [...firstPage.body.items, ...rest.body.items].map((m: { startsAt: string }) => m.startsAt),
    ).toEqual(all);
  });
});
