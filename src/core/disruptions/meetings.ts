import type { Channel } from '../interactions/channels.ts';
import type { MeetingKind } from './vocabulary.ts';

/** How each kind reads to a person; face to face first, as the article prefers. */
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  face_to_face: 'Face to face',
  video: 'Video call',
  phone: 'Phone call',
};

/** The timeline channel a held meeting is logged as, so steps 1 and 2 count it. */
export const MEETING_CHANNELS: Record<MeetingKind, Channel> = {
  face_to_face: 'meeting_in_person',
  video: 'meeting_video',
  phone: 'call',
};

export const MEETING_MIN_MINUTES = 5;
export const MEETING_MAX_MINUTES = 480;
/** Meetings are booked within a year; further out is a typo, not a plan. */
export const MEETING_HORIZON_DAYS = 366;

export interface MeetingTimeProblem {
  path: 'startsAt' | 'durationMinutes';
  message: string;
}

/** Why a meeting cannot be booked at this time, if it cannot: in the past, too far ahead, too short or long. */
export function meetingTimeProblems(
  startsAt: Date,
  durationMinutes: number,
  now: Date,
): MeetingTimeProblem[] {
  const problems: MeetingTimeProblem[] = [];
  if (startsAt.getTime() <= now.getTime()) {
    problems.push({ path: 'startsAt', message: 'A meeting must start in the future' });
  } else if (startsAt.getTime() > now.getTime() + MEETING_HORIZON_DAYS * 86_400_000) {
    problems.push({ path: 'startsAt', message: `A meeting must start within ${MEETING_HORIZON_DAYS} days` });
  }
  if (
    !Number.isInteger(durationMinutes) ||
    durationMinutes < MEETING_MIN_MINUTES ||
    durationMinutes > MEETING_MAX_MINUTES
  ) {
    problems.push({
      path: 'durationMinutes',
      message: `A meeting lasts ${MEETING_MIN_MINUTES} to ${MEETING_MAX_MINUTES} minutes`,
    });
  }
  return problems;
}

export function meetingEndsAt(startsAt: Date, durationMinutes: number): Date {
  return new Date(startsAt.getTime() + durationMinutes * 60_000);
}
