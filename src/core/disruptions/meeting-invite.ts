import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import { meetingEndsAt } from './meetings.ts';

export interface InvitePerson {
  name: string;
  email: string;
}

export interface MeetingInviteInput {
  /** The meeting's id; with `domain` it makes the UID every later invite repeats. */
  meetingId: string;
  /** Host of the app's public address, so UIDs are unique beyond this deployment. */
  domain: string;
  /** Bumped on each change; calendars keep the invite with the highest. */
  sequence: number;
  /** REQUEST to book or move the meeting, CANCEL to take it out of the calendar. */
  method: 'REQUEST' | 'CANCEL';
  startsAt: Date;
  durationMinutes: number;
  summary: string;
  description: string;
  location: string | null;
  organizer: InvitePerson;
  /** The client; a client without an e-mail address gets an invite without an attendee. */
  attendee: InvitePerson | null;
  /** When this version of the invite was made (DTSTAMP). */
  stamp: Date;
}

/** The stable UID of a meeting's invite: the same for the first invite, every move and the cancel. */
export function meetingUid(meetingId: string, domain: string): string {
  return `${meetingId}@${domain}`;
}

/**
 * An RFC 5545 calendar with one event, as the iTIP method says (RFC 5546): a REQUEST
 * books or replaces the meeting, a CANCEL removes it. Times are in UTC, so no time-zone
 * table is needed and every calendar shows the meeting at the right local time.
 */
export function meetingInvite(input: MeetingInviteInput): string {
  const calendar = ical({
    prodId: { company: 'Rapport', product: 'Rapport', language: 'EN' },
    method: input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: meetingUid(input.meetingId, input.domain),
    sequence: input.sequence,
    stamp: input.stamp,
    start: input.startsAt,
    end: meetingEndsAt(input.startsAt, input.durationMinutes),
    summary: input.summary,
    description: input.description,
    location: input.location,
    status: input.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: input.organizer,
    attendees: input.attendee
      ? [
          {
            ...input.attendee,
            rsvp: true,
            role: ICalAttendeeRole.REQ,
            status: ICalAttendeeStatus.NEEDSACTION,
          },
        ]
      : [],
  });
  return calendar.toString();
}
