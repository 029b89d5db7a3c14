import { spellDate } from '../disruptions/time-frame.ts';
import type { Channel, Direction } from '../interactions/channels.ts';
import type { DemoDisruption, DemoDisruptionAct } from './demo-disruption-acts.ts';
import {
  CLIENT_INPUT,
  ESTIMATE_SLIP,
  FLOOD,
  MEETINGS,
  PLAN_STEPS,
  REPORTS,
  SEND_BACK_COMMENT,
  TEMPORARY_STUDIO,
  TOUCHES,
} from './demo-disruption-texts.ts';
import type { DemoClient, DemoUserKey } from './demo-plan.ts';
import { addDays, localInstant } from './demo-time.ts';

/** The studio flooded this many days before today: long enough for every step to have a story. */
export const DISRUPTION_DAYS_AGO = 10;
/** The owner declares it first thing, before the working day (and any client's request) begins. */
const DECLARED_AT = '08:30';
export const AFFECTED_CLIENTS = 12;
/** Jordan already stands in for some clients; the flood hands him three of them and one more. */
const JORDANS_OWN = 3;
const ESTIMATE_DAYS = 14;
const BUFFER_DAYS = 3;
/** How far the estimate slips on day six, past the promise. */
const SLIP_DAYS = 6;
/** The meeting still to come, days after today. */
const BOOKED_MEETING_DAYS = 2;

/** When the owner declared the disruption, on the clocks of `timeZone`. */
export function disruptionDeclaredAt(today: string, timeZone: string): Date {
  return localInstant(addDays(today, -DISRUPTION_DAYS_AGO), minutes(DECLARED_AT), timeZone);
}

/**
 * Who the flood affects, in the order of their roles in the story: three of the stand-in's
 * clients, then active clients with no request waiting (a request logged before the
 * declaration would have missed the disruption's shorter callback time).
 */
export function affectedClients(
  active: readonly number[],
  standIns: ReadonlySet<number>,
  waiting: ReadonlySet<number>,
): number[] {
  const jordans = active.filter((i) => standIns.has(i)).slice(0, JORDANS_OWN);
  const others = active.filter((i) => !standIns.has(i) && !waiting.has(i));
  return [...jordans, ...others].slice(0, AFFECTED_CLIENTS);
}

export interface DemoDisruptionInput {
  clients: readonly DemoClient[];
  /** From `affectedClients`. */
  affected: readonly number[];
  today: string;
  timeZone: string;
}

/**
 * The story, act by act, so the board has every state: most clients reached within a day
 * (by the outreach mail or the stand-in's call), two late and two not yet; updates kept,
 * due today or overdue; the stand-in's reports accepted, sent back and waiting; the
 * estimate slipping past the promise, a new one confirmed and half the clients told;
 * a plan under way, a meeting held with the client's input and one booked; one call
 * answered late and one question answered in time. Pure: dates from `today`.
 */
export function demoDisruption({ clients, affected, today, timeZone }: DemoDisruptionInput): DemoDisruption {
  const c = cast(affected);
  const day0 = addDays(today, -DISRUPTION_DAYS_AGO);
  const at = (day: number, time: string) => localInstant(addDays(day0, day), minutes(time), timeZone);
  const estimateOn = addDays(day0, ESTIMATE_DAYS);
  const slippedTo = addDays(estimateOn, SLIP_DAYS);
  const newPromise = addDays(slippedTo, BUFFER_DAYS);
  const fill = (text: string, client: number) =>
    text
      .replaceAll('{first}', firstName(clients[client] as DemoClient))
      .replaceAll('{date}', spellDate(newPromise));
  const ownerOf = (client: number): DemoUserKey => (clients[client] as DemoClient).owner;
  const touch = (
    day: number,
    time: string,
    by: DemoUserKey,
    client: number,
    channel: Channel,
    direction: Direction,
    phrase: { summary: string; body?: string },
  ): DemoDisruptionAct => ({
    at: at(day, time),
    by,
    kind: 'touch',
    client,
    channel,
    direction,
    summary: fill(phrase.summary, client),
    body: phrase.body ? fill(phrase.body, client) : null,
  });
  const outbox = (day: number, time: string, client: number, message: 'outreach' | 'update') =>
    ({
      at: at(day, time),
      by: ownerOf(client),
      kind: 'outbox',
      client,
      message,
      action: 'mark_sent',
    }) as const;
  const report = (
    day: number,
    time: string,
    key: keyof typeof REPORTS,
    client: number,
  ): DemoDisruptionAct => {
    const { whatWasDone, outcome, nextStep, issues } = REPORTS[key];
    return {
      at: at(day, time),
      by: 'jordan',
      kind: 'file_report',
      key,
      client,
      whatWasDone: fill(whatWasDone, client),
      outcome: fill(outcome, client),
      nextStep: fill(nextStep, client),
      issues,
    };
  };
  const byMail = [c.mailed, c.met, c.lateCallback, c.meetingBooked, c.quickReply];
  const toldByMail = [c.mailed, c.lateCallback, c.meetingBooked, c.quickReply];

  const acts: DemoDisruptionAct[] = [
    // Day 0: the stand-in takes four clients and calls them himself; the others get the outreach mail.
    { at: at(0, '09:00'), by: 'owner', kind: 'stand_in', clients: c.jordans, standIn: 'jordan' },
    ...c.jordans.map((client, n) => ({
      at: at(0, `09:0${n + 5}`),
      by: 'owner' as const,
      kind: 'outbox' as const,
      client,
      message: 'outreach' as const,
      action: 'cancel' as const,
    })),
    ...byMail.map((client, n) => outbox(0, `09:${40 + 4 * n}`, client, 'outreach')),
    touch(0, '13:00', 'jordan', c.accepted, 'call', 'outbound', TOUCHES.firstCall),
    touch(0, '13:40', 'jordan', c.sentBack, 'call', 'outbound', TOUCHES.firstCall),
    touch(0, '14:15', 'jordan', c.waiting, 'call', 'outbound', TOUCHES.firstCall),
    // Day 1: the plan, a meeting booked, a client reached a day late, the first report.
    ...PLAN_STEPS.map(({ key, title, detail }, n) => ({
      at: at(1, `09:0${2 * n}`),
      by: 'owner' as const,
      kind: 'add_step' as const,
      key,
      title,
      detail,
    })),
    {
      at: at(1, '11:00'),
      by: ownerOf(c.met),
      kind: 'schedule_meeting',
      key: 'held',
      client: c.met,
      meetingKind: 'face_to_face',
      startsAt: at(4, '10:00'),
      durationMinutes: 45,
      location: TEMPORARY_STUDIO,
      notes: MEETINGS.held.notes,
      send: false,
    },
    touch(1, '14:00', ownerOf(c.calledLate), c.calledLate, 'call', 'outbound', TOUCHES.lateFirstCall),
    outbox(1, '14:10', c.calledLate, 'outreach'),
    report(1, '16:00', 'accepted', c.accepted),
    { at: at(1, '17:00'), by: 'owner', kind: 'step_state', step: 'move', state: 'done' },
    // Day 2: the owner accepts the report; the repairs start; a second report.
    {
      at: at(2, '09:15'),
      by: 'owner',
      kind: 'review_report',
      report: 'accepted',
      decision: 'accept',
      comment: null,
    },
    { at: at(2, '10:00'), by: 'owner', kind: 'step_state', step: 'print', state: 'in_progress' },
    { at: at(2, '10:05'), by: 'owner', kind: 'step_state', step: 'repair', state: 'in_progress' },
    report(2, '15:30', 'sentBack', c.sentBack),
    // Day 3: that report goes back; the stand-in reaches his last client, three days late.
    {
      at: at(3, '09:00'),
      by: 'owner',
      kind: 'review_report',
      report: 'sentBack',
      decision: 'send_back',
      comment: fill(SEND_BACK_COMMENT, c.sentBack),
    },
    touch(3, '10:00', 'jordan', c.handedOver, 'call', 'outbound', TOUCHES.lateFirstCall),
    // Day 4: the meeting is held and the client's input written down.
    {
      at: at(4, '11:15'),
      by: ownerOf(c.met),
      kind: 'hold_meeting',
      meeting: 'held',
      summary: fill(MEETINGS.held.summary, c.met),
    },
    { at: at(4, '11:20'), by: ownerOf(c.met), kind: 'client_input', client: c.met, body: CLIENT_INPUT },
    // Day 5: a worried call, answered hours after the disruption's two-hour window.
    touch(5, '10:05', ownerOf(c.lateCallback), c.lateCallback, 'call', 'inbound', TOUCHES.worriedCall),
    touch(5, '15:40', ownerOf(c.lateCallback), c.lateCallback, 'call', 'outbound', TOUCHES.worriedAnswer),
    { at: at(5, '16:00'), by: 'owner', kind: 'step_state', step: 'print', state: 'done' },
    // Day 6: the estimate slips past the promise; a new one is confirmed and some clients told.
    {
      at: at(6, '09:00'),
      by: 'owner',
      kind: 'move_estimate',
      estimateOn: slippedTo,
      reason: ESTIMATE_SLIP.reason,
    },
    {
      at: at(6, '09:05'),
      by: 'owner',
      kind: 'set_promise',
      promisedOn: newPromise,
      reason: ESTIMATE_SLIP.promiseReason,
    },
    { at: at(6, '09:30'), by: 'owner', kind: 'tell_clients', clients: toldByMail, send: true },
    ...toldByMail.map((client, n) => outbox(6, `10:${String(5 * n).padStart(2, '0')}`, client, 'update')),
    touch(6, '11:00', 'jordan', c.accepted, 'call', 'outbound', TOUCHES.newDateCall),
    { at: at(6, '11:30'), by: 'owner', kind: 'tell_clients', clients: [c.accepted], send: false },
    // Day 7: the stand-in's weekly call, with the new date.
    touch(7, '10:30', 'jordan', c.waiting, 'call', 'outbound', TOUCHES.weeklyCall),
    { at: at(7, '12:00'), by: 'owner', kind: 'tell_clients', clients: [c.waiting], send: false },
    // Day 8: a question answered in time, a meeting booked for after today, a report waiting.
    touch(8, '11:10', ownerOf(c.quickReply), c.quickReply, 'email', 'inbound', TOUCHES.question),
    touch(8, '11:55', ownerOf(c.quickReply), c.quickReply, 'email', 'outbound', TOUCHES.questionAnswer),
    {
      at: at(8, '14:00'),
      by: ownerOf(c.meetingBooked),
      kind: 'schedule_meeting',
      key: 'booked',
      client: c.meetingBooked,
      meetingKind: 'face_to_face',
      startsAt: at(DISRUPTION_DAYS_AGO + BOOKED_MEETING_DAYS, '10:00'),
      durationMinutes: 60,
      location: TEMPORARY_STUDIO,
      notes: MEETINGS.booked.notes,
      send: true,
    },
    report(8, '16:40', 'waiting', c.waiting),
  ];
  return {
    ...FLOOD,
    declaredAt: at(0, DECLARED_AT),
    startedOn: day0,
    estimateOn,
    bufferDays: BUFFER_DAYS,
    clients: [...affected],
    acts: acts.sort((a, b) => a.at.getTime() - b.at.getTime()),
  };
}

/** The clients' parts in the story, by name. */
function cast(affected: readonly number[]) {
  if (affected.length !== AFFECTED_CLIENTS) {
    throw new Error(`The demo disruption needs ${AFFECTED_CLIENTS} clients, not ${affected.length}`);
  }
  const [
    accepted,
    sentBack,
    waiting,
    handedOver,
    mailed,
    met,
    lateCallback,
    meetingBooked,
    quickReply,
    calledLate,
  ] = affected as number[];
  return {
    /** The stand-in's: his report accepted, sent back, waiting; and the client handed to him. */
    accepted: accepted as number,
    sentBack: sentBack as number,
    waiting: waiting as number,
    handedOver: handedOver as number,
    jordans: affected.slice(0, JORDANS_OWN + 1),
    mailed: mailed as number,
    met: met as number,
    lateCallback: lateCallback as number,
    meetingBooked: meetingBooked as number,
    quickReply: quickReply as number,
    calledLate: calledLate as number,
    // The last two have no part: their outreach still waits in the outbox.
  };
}

const firstName = (client: DemoClient) => client.profile.contact.split(' ')[0] as string;

function minutes(time: string): number {
  const [hours, mins] = time.split(':').map(Number);
  return (hours as number) * 60 + (mins as number);
}
