import { daysBetween } from '../calendar/today-in.ts';
import type { PlaybookStep, ReportStatus, ThankYouKind, ThankYouStatus } from './vocabulary.ts';

/**
 * The board's cells: one state per affected client and playbook step, with a short
 * sentence saying why. Pure: the facts come from the database, `now` and `today` (the
 * workspace's calendar date) from the caller.
 */
export const CELL_STATES = ['done', 'due', 'overdue', 'not_started', 'not_needed'] as const;
export type CellState = (typeof CELL_STATES)[number];

export interface BoardCell {
  state: CellState;
  /** One short sentence for the cell's tooltip. */
  note: string;
}

export type BoardRowCells = Record<PlaybookStep, BoardCell>;

/** Step 1's window: a client reached within this of being added was reached "on time". */
export const CONTACT_WINDOW_MS = 24 * 3_600_000;

/** Step 6: a thank-you not done this many days after resolution is late. */
export const THANK_YOU_DAYS = 14;

/** What the board needs to know about the disruption itself. */
export interface DisruptionFacts {
  status: 'active' | 'resolved';
  /** The date currently promised to clients (step 4), if one was set. */
  promisedOn: string | null;
  resolvedOn: string | null;
  /** How many plan steps exist: a plan with steps is a plan shared (step 5). */
  planStepCount: number;
}

/** Callbacks opened by this client's inbound contacts during the disruption. */
export interface CallbackFacts {
  answeredOnTime: number;
  answeredLate: number;
  /** Unanswered and past due at `now`. */
  openOverdue: number;
  /** Unanswered and not yet due at `now`. */
  openNotDue: number;
}

/** What the board needs to know about one affected client. */
export interface ClientFacts {
  addedAt: Date;
  contactedAt: Date | null;
  nextUpdateDueOn: string | null;
  callbacks: CallbackFacts;
  standInName: string | null;
  /** The stand-in's most recent report on this client, if any. */
  latestReport: { status: ReportStatus; createdAt: Date } | null;
  /** The promise this client was last told. */
  toldPromisedOn: string | null;
  meetingsHeld: number;
  /** The earliest meeting still marked scheduled (it may be in the past: not marked held yet). */
  nextMeetingAt: Date | null;
  inputCount: number;
  /** The live (not cancelled) thank-you. */
  thankYou: { kind: ThankYouKind; status: Exclude<ThankYouStatus, 'cancelled'> } | null;
}

export const NO_CALLBACKS: CallbackFacts = {
  answeredOnTime: 0,
  answeredLate: 0,
  openOverdue: 0,
  openNotDue: 0,
};

/** All six cells for one client. */
export function boardCells(
  disruption: DisruptionFacts,
  client: ClientFacts,
  now: Date,
  today: string,
): BoardRowCells {
  return {
    contact: contactCell(client, now),
    communicate: communicateCell(disruption, client, today),
    oversee: overseeCell(client),
    time_frame: timeFrameCell(disruption, client),
    plan: planCell(disruption, client, now),
    thank: thankCell(disruption, client, today),
  };
}

/** Whether the first contact came within the 24-hour window. */
export function contactedOnTime(client: Pick<ClientFacts, 'addedAt' | 'contactedAt'>): boolean {
  return (
    client.contactedAt !== null &&
    client.contactedAt.getTime() - client.addedAt.getTime() <= CONTACT_WINDOW_MS
  );
}

function contactCell(client: ClientFacts, now: Date): BoardCell {
  if (client.contactedAt) {
    const after = duration(client.contactedAt.getTime() - client.addedAt.getTime());
    return contactedOnTime(client)
      ? { state: 'done', note: `Contacted within 24 h (after ${after})` }
      : { state: 'done', note: `Contacted late, after ${after}` };
  }
  const deadline = client.addedAt.getTime() + CONTACT_WINDOW_MS;
  if (now.getTime() > deadline) {
    return {
      state: 'overdue',
      note: `Not contacted; the 24 h window closed ${duration(now.getTime() - deadline)} ago`,
    };
  }
  return { state: 'due', note: `Contact within 24 h: ${duration(deadline - now.getTime())} left` };
}

function communicateCell(disruption: DisruptionFacts, client: ClientFacts, today: string): BoardCell {
  const { callbacks } = client;
  const late =
    callbacks.answeredLate > 0 ? `; ${plural(callbacks.answeredLate, 'callback')} answered late` : '';
  if (callbacks.openOverdue > 0) {
    return { state: 'overdue', note: `${plural(callbacks.openOverdue, 'callback')} overdue${late}` };
  }
  if (disruption.status === 'resolved') {
    return callbacks.openNotDue > 0
      ? { state: 'due', note: `${plural(callbacks.openNotDue, 'callback')} still to return${late}` }
      : { state: 'done', note: `Kept informed until the end${late}` };
  }
  if (client.nextUpdateDueOn && client.nextUpdateDueOn < today) {
    const days = daysBetween(client.nextUpdateDueOn, today);
    return {
      state: 'overdue',
      note: `Update was due ${plural(days, 'day')} ago (${client.nextUpdateDueOn})${late}`,
    };
  }
  if (callbacks.openNotDue > 0) {
    return { state: 'due', note: `${plural(callbacks.openNotDue, 'callback')} to return${late}` };
  }
  if (!client.contactedAt || !client.nextUpdateDueOn) {
    return { state: 'not_started', note: 'Updates start after the first contact' };
  }
  if (client.nextUpdateDueOn === today) return { state: 'due', note: `Update due today${late}` };
  return { state: 'done', note: `Up to date; next update by ${client.nextUpdateDueOn}${late}` };
}

function overseeCell(client: ClientFacts): BoardCell {
  if (!client.standInName) return { state: 'not_needed', note: 'No stand-in: handled by the team' };
  const who = client.standInName;
  switch (client.latestReport?.status) {
    case undefined:
      return { state: 'not_started', note: `${who} stands in; no report yet` };
    case 'submitted':
      return { state: 'due', note: `${who}'s report waits for review` };
    case 'sent_back':
      return { state: 'overdue', note: `${who}'s report was sent back; a better one is owed` };
    case 'accepted':
      return { state: 'done', note: `${who}'s latest report was accepted` };
  }
}

function timeFrameCell(disruption: DisruptionFacts, client: ClientFacts): BoardCell {
  const told = client.toldPromisedOn;
  if (disruption.status === 'resolved') {
    if (!told) return { state: 'not_needed', note: `Resolved on ${disruption.resolvedOn}; no date was told` };
    const kept = disruption.resolvedOn !== null && disruption.resolvedOn <= told;
    return {
      state: 'done',
      note: `Told ${told}; resolved ${disruption.resolvedOn} (${kept ? 'kept' : 'late'})`,
    };
  }
  const promised = disruption.promisedOn;
  if (!promised) return { state: 'not_started', note: 'No date promised yet' };
  if (told === promised) return { state: 'done', note: `Told the promised date, ${promised}` };
  if (!told) return { state: 'due', note: `Tell them the promised date, ${promised}` };
  return { state: 'overdue', note: `Told ${told}; must be told the new date, ${promised}` };
}

function planCell(disruption: DisruptionFacts, client: ClientFacts, now: Date): BoardCell {
  if (disruption.planStepCount === 0) return { state: 'not_started', note: 'No plan yet' };
  const input = client.inputCount > 0 ? `${plural(client.inputCount, 'input')} recorded` : 'no input yet';
  if (client.meetingsHeld > 0 && client.inputCount > 0) {
    return { state: 'done', note: `Plan told at a meeting; ${input}` };
  }
  if (client.nextMeetingAt && client.nextMeetingAt.getTime() < now.getTime()) {
    return { state: 'overdue', note: `A meeting has passed but is not marked held; ${input}` };
  }
  if (client.meetingsHeld > 0) return { state: 'due', note: 'Meeting held; record their input' };
  if (client.nextMeetingAt) return { state: 'due', note: `Meeting scheduled; ${input}` };
  return { state: 'due', note: `Plan shared; schedule a meeting; ${input}` };
}

function thankCell(disruption: DisruptionFacts, client: ClientFacts, today: string): BoardCell {
  // A thank-you belongs to the end: before resolution nothing counts, whatever the rows say.
  if (disruption.status !== 'resolved' || !disruption.resolvedOn) {
    return { state: 'not_started', note: 'When the disruption is resolved' };
  }
  const thankYou = client.thankYou;
  if (thankYou?.status === 'done') return { state: 'done', note: `Thanked: ${thankYouLabel(thankYou.kind)}` };
  const state: CellState = thankYouLate(disruption.resolvedOn, today) ? 'overdue' : 'due';
  if (!thankYou) return { state, note: 'Choose a thank-you' };
  return { state, note: `${thankYouLabel(thankYou.kind)} chosen, not done yet` };
}

/** Whether a thank-you not done yet is late: more than `THANK_YOU_DAYS` after the resolution. */
export function thankYouLate(resolvedOn: string, today: string): boolean {
  return daysBetween(resolvedOn, today) > THANK_YOU_DAYS;
}

const THANK_YOU_LABELS: Record<ThankYouKind, string> = {
  service_credit: 'Service credit',
  free_month: 'Free month',
  discount: 'Discount',
  gift: 'Gift',
  handwritten_note: 'Handwritten note',
  call: 'Thank-you call',
};

export function thankYouLabel(kind: ThankYouKind): string {
  return THANK_YOU_LABELS[kind];
}

/** "3 h", "2 days": enough to judge timeliness, without a time zone. */
export function duration(ms: number): string {
  const hours = Math.max(0, Math.floor(ms / 3_600_000));
  if (hours < 1) return `${Math.max(0, Math.floor(ms / 60_000))} min`;
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
