import { describe, expect, it } from 'vitest';
import { icsLines, icsValue } from './ics-lines.ts';
import { type MeetingInviteInput, meetingInvite } from './meeting-invite.ts';
import { meetingTimeProblems } from './meetings.ts';

const base: MeetingInviteInput = {
  meetingId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  domain: 'rapport.example.com',
  sequence: 0,
  method: 'REQUEST',
  startsAt: new Date('2026-11-25T14:30:00Z'),
  durationMinutes: 45,
  summary: 'Our plan, with Harbor Studio',
  description: 'We will walk you through the recovery plan.',
  location: '12 Quay Street',
  organizer: { name: 'Harbor Studio', email: 'olive@example.com' },
  attendee: { name: 'Maria Lopez', email: 'maria@example.com' },
  stamp: new Date('2026-11-23T09:00:00Z'),
};

describe('meetingInvite', () => {
  it('is one VEVENT in UTC with a stable UID, the sequence and METHOD:REQUEST', () => {
    const ics = meetingInvite(base);
    const lines = icsLines(ics);
    // Every line ends in CRLF; no bare CR or LF anywhere.
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(icsValue(ics, 'METHOD')).toBe('REQUEST');
    expect(icsValue(ics, 'UID')).toBe('0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b@rapport.example.com');
    expect(icsValue(ics, 'SEQUENCE')).toBe('0');
    expect(icsValue(ics, 'DTSTART')).toBe('20261125T143000Z');
    expect(icsValue(ics, 'DTEND')).toBe('20261125T151500Z');
    expect(icsValue(ics, 'DTSTAMP')).toBe('20261123T090000Z');
    expect(icsValue(ics, 'STATUS')).toBe('CONFIRMED');
    expect(icsValue(ics, 'LOCATION')).toBe('12 Quay Street');
    expect(icsValue(ics, 'ORGANIZER')?.toLowerCase()).toBe('mailto:olive@example.com');
    expect(lines.find((line) => line.startsWith('ORGANIZER'))).toContain('CN="Harbor Studio"');
    const attendee = lines.find((line) => line.startsWith('ATTENDEE'));
    expect(attendee).toContain('RSVP=TRUE');
    expect(attendee?.toLowerCase()).toContain('mailto:maria@example.com');
  });

  it('keeps the UID when the meeting moves and says CANCEL with a higher sequence when it is called off', () => {
    const moved = meetingInvite({ ...base, sequence: 1, startsAt: new Date('2026-11-26T09:00:00Z') });
    const cancelled = meetingInvite({ ...base, sequence: 2, method: 'CANCEL' });
    expect(icsValue(moved, 'UID')).toBe(icsValue(meetingInvite(base), 'UID'));
    expect(icsValue(moved, 'SEQUENCE')).toBe('1');
    expect(icsValue(moved, 'DTSTART')).toBe('20261126T090000Z');
    expect(icsValue(cancelled, 'METHOD')).toBe('CANCEL');
    expect(icsValue(cancelled, 'STATUS')).toBe('CANCELLED');
    expect(icsValue(cancelled, 'SEQUENCE')).toBe('2');
    expect(icsValue(cancelled, 'UID')).toBe(icsValue(moved, 'UID'));
  });

  it('escapes hostile text so it cannot add properties or events', () => {
    const ics = meetingInvite({
      ...base,
      summary: 'Plan; review, part 1',
      description: 'Line one\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:forged',
      location: 'Room 1\nATTENDEE:mailto:evil@example.com',
    });
    const lines = icsLines(ics);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('ATTENDEE'))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('SUMMARY'))).toEqual(['SUMMARY:Plan\\; review\\, part 1']);
    // Folded at 75 octets, as RFC 5545 asks.
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('leaves the attendee out for a client without an e-mail address', () => {
    const ics = meetingInvite({ ...base, attendee: null, location: null });
    expect(icsLines(ics).some((line) => line.startsWith('ATTENDEE'))).toBe(false);
    expect(icsValue(ics, 'LOCATION')).toBeUndefined();
  });
});

describe('meetingTimeProblems', () => {
  const now = new Date('2026-11-23T09:00:00Z');
  it.each([
    ['2026-11-23T09:00:00Z', 30, ['startsAt']],
    ['2026-11-22T15:00:00Z', 30, ['startsAt']],
    ['2027-12-01T09:00:00Z', 30, ['startsAt']],
    ['2026-11-24T09:00:00Z', 4, ['durationMinutes']],
    ['2026-11-24T09:00:00Z', 481, ['durationMinutes']],
    ['2026-11-24T09:00:00Z', 30.5, ['durationMinutes']],
    ['2026-11-20T09:00:00Z', 0, ['startsAt', 'durationMinutes']],
    ['2026-11-23T09:01:00Z', 5, []],
    ['2027-11-23T09:00:00Z', 480, []],
  ] as const)('%s for %d minutes → %j', (startsAt, minutes, paths) => {
    expect(meetingTimeProblems(new Date(startsAt), minutes, now).map((problem) => problem.path)).toEqual(
      paths,
    );
  });
});
