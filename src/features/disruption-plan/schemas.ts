import { z } from 'zod';
import { MEETING_MAX_MINUTES, MEETING_MIN_MINUTES } from '../../core/disruptions/meetings.ts';
import {
  INPUT_SOURCES,
  MEETING_KINDS,
  MEETING_STATUSES,
  PLAN_STEP_STATES,
} from '../../core/disruptions/vocabulary.ts';
import { channelField } from '../interactions/fields.ts';
import { instantField, pageQuery } from '../shared/fields.ts';

// Step 5, the plan: its ordered steps (shown to clients on their page), meetings with each
// client with an .ics invite, and what clients said about it.

/** A plan has at most this many steps; a longer one is not a plan a client can follow. */
export const MAX_PLAN_STEPS = 100;
export const MAX_INPUT = 4000;

// PostgreSQL text cannot hold NUL; refuse it here rather than fail in the database.
const withoutNul = (value: string) => !value.includes('\u0000');
const text = (max: number) =>
  z.string().trim().min(1).max(max).refine(withoutNul, 'Contains a NUL character');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(withoutNul, 'Contains a NUL character')
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

export const disruptionParams = z.object({ id: z.uuid() }).strict();
export const stepParams = z.object({ id: z.uuid(), stepId: z.uuid() }).strict();
export const clientParams = z.object({ id: z.uuid(), clientId: z.uuid() }).strict();
export const meetingParams = z.object({ id: z.uuid(), meetingId: z.uuid() }).strict();

const person = z.object({ id: z.uuid(), name: z.string() });

export const addStepBody = z
  .object({
    title: text(200),
    detail: optionalText(4000),
    /** Where to put it, from 0; default the end. */
    position: z.number().int().min(0).max(MAX_PLAN_STEPS).optional(),
  })
  .strict();
export type AddStepInput = z.infer<typeof addStepBody>;

export const updateStepBody = z
  .object({
    title: text(200).optional(),
    detail: optionalText(4000),
    /** planned → in_progress → done; done records when, leaving done clears it. */
    state: z.enum(PLAN_STEP_STATES).optional(),
  })
  .strict()
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'Change at least one field');
export type UpdateStepInput = z.infer<typeof updateStepBody>;

export const reorderBody = z.object({ ids: z.array(z.uuid()).min(1).max(MAX_PLAN_STEPS) }).strict();

export const stepView = z.object({
  id: z.uuid(),
  position: z.number().int(),
  title: z.string(),
  detail: z.string().nullable(),
  state: z.enum(PLAN_STEP_STATES),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
});
export const planView = z.object({ items: z.array(stepView) });
export type StepView = z.infer<typeof stepView>;

export const scheduleMeetingBody = z
  .object({
    /** Face to face is best (the article); it is the default. */
    kind: z.enum(MEETING_KINDS).default('face_to_face'),
    startsAt: instantField,
    durationMinutes: z.number().int().min(MEETING_MIN_MINUTES).max(MEETING_MAX_MINUTES),
    /** An address, a video link or a phone number. */
    location: optionalText(500),
    /** Shown to the client in the invite. */
    notes: optionalText(4000),
    /** E-mail the invite to the client now (through the outbox) when they have an address. */
    send: z.boolean().default(false),
  })
  .strict();
export type ScheduleMeetingInput = z.infer<typeof scheduleMeetingBody>;

export const updateMeetingBody = z
  .object({
    kind: z.enum(MEETING_KINDS).optional(),
    startsAt: instantField.optional(),
    durationMinutes: z.number().int().min(MEETING_MIN_MINUTES).max(MEETING_MAX_MINUTES).optional(),
    location: optionalText(500),
    notes: optionalText(4000),
    /** `held` logs the meeting on the client's timeline; `cancelled` sends a cancelling invite. */
    status: z.enum(['held', 'cancelled']).optional(),
    /** For `held`: what was said, kept on the timeline entry. */
    summary: optionalText(4000),
    /** E-mail the changed (or cancelling) invite to the client. */
    send: z.boolean().default(false),
  })
  .strict();
export type UpdateMeetingInput = z.infer<typeof updateMeetingBody>;

export const listMeetingsQuery = z
  .object({ clientId: z.uuid().optional(), status: z.enum(MEETING_STATUSES).optional(), ...pageQuery })
  .strict();
export type ListMeetingsQuery = z.infer<typeof listMeetingsQuery>;

export const meetingView = z.object({
  id: z.uuid(),
  disruptionId: z.uuid(),
  client: z.object({ id: z.uuid(), name: z.string(), email: z.string().nullable() }),
  kind: z.enum(MEETING_KINDS),
  startsAt: z.string(),
  endsAt: z.string(),
  durationMinutes: z.number().int(),
  location: z.string().nullable(),
  notes: z.string().nullable(),
  status: z.enum(MEETING_STATUSES),
  sequence: z.number().int(),
  organizer: person.nullable(),
  createdAt: z.string(),
  /** Where to download the current invite (text/calendar). */
  inviteUrl: z.string(),
});
export type MeetingView = z.infer<typeof meetingView>;
export const meetingPage = z.object({ items: z.array(meetingView), nextCursor: z.string().nullable() });

export const meetingResult = z.object({
  meeting: meetingView,
  invite: z.object({
    /** REQUEST books or moves the meeting; CANCEL takes it out of the calendar. */
    method: z.enum(['REQUEST', 'CANCEL']),
    filename: z.string(),
    /** The .ics text itself. */
    content: z.string(),
    /** Whether it was put in the outbox for the client (asked to send, and they have an address). */
    queued: z.boolean(),
  }),
  /** The timeline entry logged when the meeting was marked held. */
  interactionId: z.uuid().nullable(),
});
export type MeetingResult = z.infer<typeof meetingResult>;

export const logInputBody = z
  .object({
    body: text(MAX_INPUT),
    /** The client asked for a call: opens a callback. */
    wantsCall: z.boolean().default(false),
    /** How it reached us; default a note. */
    channel: channelField.default('note'),
  })
  .strict();
export type LogInputInput = z.infer<typeof logInputBody>;

export const listInputsQuery = z
  .object({ clientId: z.uuid().optional(), source: z.enum(INPUT_SOURCES).optional(), ...pageQuery })
  .strict();
export type ListInputsQuery = z.infer<typeof listInputsQuery>;

export const inputView = z.object({
  id: z.uuid(),
  client: person,
  source: z.enum(INPUT_SOURCES),
  body: z.string(),
  wantsCall: z.boolean(),
  interactionId: z.uuid().nullable(),
  callbackId: z.uuid().nullable(),
  createdBy: person.nullable(),
  createdAt: z.string(),
});
export type InputView = z.infer<typeof inputView>;
export const inputPage = z.object({ items: z.array(inputView), nextCursor: z.string().nullable() });
