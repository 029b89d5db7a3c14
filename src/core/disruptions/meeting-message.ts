import { MEETING_KIND_LABELS } from './meetings.ts';
import type { MeetingKind } from './vocabulary.ts';

export interface MeetingMessageInput {
  method: 'REQUEST' | 'CANCEL';
  /** True when the meeting was booked before and this invite replaces the earlier one. */
  isUpdate: boolean;
  workspaceName: string;
  clientName: string;
  kind: MeetingKind;
  startsAt: Date;
  durationMinutes: number;
  location: string | null;
  notes: string | null;
  /** The disruption's client-facing message: honest, never the private detail. */
  clientMessage: string;
  /** The workspace's zone, so the client reads the time as we meant it. */
  timezone: string;
}

/** The invite's title in the calendar. */
export function meetingSummary(workspaceName: string, kind: MeetingKind): string {
  return `${workspaceName}: our plan (${MEETING_KIND_LABELS[kind].toLowerCase()})`;
}

/** When, in words and in the workspace's zone: "Wednesday 25 November 2026, 14:30 (UTC)". */
export function meetingWhen(startsAt: Date, timezone: string): string {
  // Built from parts: the joined format differs between ICU versions ("at", commas).
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(startsAt);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')} (${timezone})`;
}

/** Where, by kind: an address, a link or a number — or "to be confirmed". */
export function meetingWhere(kind: MeetingKind, location: string | null): string {
  const label = MEETING_KIND_LABELS[kind];
  return location ? `${label}: ${location}` : `${label}, details to follow`;
}

/** The e-mail that carries the .ics: a plain subject and body a person would write. */
export function meetingMessage(input: MeetingMessageInput): { subject: string; bodyText: string } {
  const when = meetingWhen(input.startsAt, input.timezone);
  const summary = meetingSummary(input.workspaceName, input.kind);
  if (input.method === 'CANCEL') {
    return {
      subject: `Cancelled: ${summary}`,
      bodyText: [
        `Hello ${input.clientName},`,
        '',
        `We have had to cancel our meeting on ${when}. We will be in touch to find another time.`,
        '',
        input.workspaceName,
      ].join('\n'),
    };
  }
  const lines = [
    `Hello ${input.clientName},`,
    '',
    input.isUpdate
      ? 'Our meeting to talk through our plan has changed. The new details:'
      : "We'd like to meet to talk you through our plan and hear what you think.",
    '',
    `When: ${when}, ${input.durationMinutes} minutes`,
    `How: ${meetingWhere(input.kind, input.location)}`,
  ];
  if (input.notes) lines.push('', input.notes);
  lines.push(
    '',
    input.clientMessage,
    '',
    'The attached invite adds it to your calendar.',
    '',
    input.workspaceName,
  );
  return {
    subject: `${input.isUpdate ? 'Updated invitation' : 'Invitation'}: ${summary}`,
    bodyText: lines.join('\n'),
  };
}

/** The invite's description: what the meeting is for, how to join, and the notes. */
export function meetingDescription(
  input: Pick<MeetingMessageInput, 'kind' | 'location' | 'notes' | 'clientMessage'>,
) {
  return [meetingWhere(input.kind, input.location), input.notes, input.clientMessage]
    .filter((part): part is string => Boolean(part))
    .join('\n\n');
}
