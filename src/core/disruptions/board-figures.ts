import { type CallbackFacts, type ClientFacts, contactedOnTime, NO_CALLBACKS } from './board-state.ts';
import type { DisruptionStatus, ReportStatus } from './vocabulary.ts';

/**
 * The board's coverage figures (issue 5, item 9): contacted within 24 h, callbacks
 * answered on time, reports accepted vs sent back, promises kept, thanked. The database
 * counts (one aggregate query, whatever the number of clients); this turns the counts into
 * figures, so the rules live here and are tested without a database.
 */
export interface FigureCounts {
  /** Affected clients counted (not removed; for a stand-in, only theirs). */
  clients: number;
  contactedWithin24h: number;
  contactedLate: number;
  callbacks: CallbackFacts;
  reports: Record<ReportStatus, number>;
  /** Clients told some promised date, told the current one, told a date the resolution met. */
  clientsTold: number;
  clientsToldCurrent: number;
  clientsToldKept: number;
  thankYous: { chosen: number; done: number };
}

/** One promise in step 4's history, oldest first. */
export interface PromiseRecord {
  promisedOn: string;
  createdAt: Date;
}

export interface DisruptionOutcome {
  status: DisruptionStatus;
  resolvedOn: string | null;
  resolvedAt: Date | null;
}

export type PromiseOutcome = 'none' | 'pending' | 'kept' | 'broken';

export interface BoardFigures {
  clients: number;
  contact: { within24h: number; late: number; notYet: number; percentWithin24h: number | null };
  callbacks: CallbackFacts & { due: number; percentOnTime: number | null };
  reports: { accepted: number; sentBack: number; waiting: number; percentAccepted: number | null };
  promises: {
    /** Every promise made, the first one included; each after the first is a re-promise. */
    made: number;
    rePromises: number;
    kept: number;
    broken: number;
    pending: number;
    /** The promise in force now, or at resolution. */
    current: string | null;
    outcome: PromiseOutcome;
    clientsTold: number;
    clientsToldCurrent: number;
    /** After resolution: clients whose told date the resolution met. */
    clientsKept: number;
    percentClientsKept: number | null;
  };
  thanks: { done: number; chosen: number; notChosen: number; percentDone: number | null };
}

/**
 * A share in whole percent, rounded down so that 100 means all of them; null when there
 * is nothing to count.
 */
export function percentOf(count: number, of: number): number | null {
  if (of <= 0) return null;
  return Math.floor((Math.min(count, of) * 100) / of);
}

export function boardFigures(
  disruption: DisruptionOutcome,
  counts: FigureCounts,
  history: readonly PromiseRecord[],
): BoardFigures {
  const isResolved = disruption.status === 'resolved';
  const { callbacks, reports } = counts;
  const due = callbacks.answeredOnTime + callbacks.answeredLate + callbacks.openOverdue;
  const promise = promiseOutcomes(disruption, history);
  // Thank-yous belong to the end: before resolution none counts, whatever the rows say.
  const done = isResolved ? counts.thankYous.done : 0;
  const chosen = isResolved ? counts.thankYous.chosen : 0;
  return {
    clients: counts.clients,
    contact: {
      within24h: counts.contactedWithin24h,
      late: counts.contactedLate,
      notYet: counts.clients - counts.contactedWithin24h - counts.contactedLate,
      percentWithin24h: percentOf(counts.contactedWithin24h, counts.clients),
    },
    callbacks: { ...callbacks, due, percentOnTime: percentOf(callbacks.answeredOnTime, due) },
    reports: {
      accepted: reports.accepted,
      sentBack: reports.sent_back,
      waiting: reports.submitted,
      percentAccepted: percentOf(reports.accepted, reports.accepted + reports.sent_back),
    },
    promises: {
      ...promise,
      clientsTold: counts.clientsTold,
      clientsToldCurrent: counts.clientsToldCurrent,
      clientsKept: isResolved ? counts.clientsToldKept : 0,
      percentClientsKept: isResolved ? percentOf(counts.clientsToldKept, counts.clientsTold) : null,
    },
    thanks: {
      done,
      chosen,
      notChosen: isResolved ? counts.clients - done - chosen : counts.clients,
      percentDone: isResolved ? percentOf(done, counts.clients) : null,
    },
  };
}

/**
 * Each promise's fate: moved to a later date = broken (a re-promise to a later day is the
 * playbook's failure); otherwise pending while the disruption lasts, then kept when the
 * resolution came on or before its date. The headline is the promise in force at
 * resolution (the last one made by then). History rows where only the estimate moved and
 * the promise stood are not new promises.
 */
export function promiseOutcomes(disruption: DisruptionOutcome, history: readonly PromiseRecord[]) {
  const ordered = distinctPromises(history);
  const resolvedOn = disruption.status === 'resolved' ? disruption.resolvedOn : null;
  let kept = 0;
  let broken = 0;
  let pending = 0;
  ordered.forEach((promise, index) => {
    const next = ordered[index + 1];
    if (next && next.promisedOn > promise.promisedOn) broken++;
    else if (resolvedOn === null) pending++;
    else if (resolvedOn <= promise.promisedOn) kept++;
    else broken++;
  });
  const resolvedAt = disruption.resolvedAt;
  const inForce =
    resolvedAt === null
      ? ordered.at(-1)
      : (ordered.filter((p) => p.createdAt.getTime() <= resolvedAt.getTime()).at(-1) ?? ordered.at(-1));
  let outcome: PromiseOutcome = 'none';
  if (inForce)
    outcome = resolvedOn === null ? 'pending' : resolvedOn <= inForce.promisedOn ? 'kept' : 'broken';
  return {
    made: ordered.length,
    rePromises: Math.max(0, ordered.length - 1),
    kept,
    broken,
    pending,
    current: inForce?.promisedOn ?? null,
    outcome,
  };
}

/** The promises in the order made, a row that repeats the date before it folded into that one. */
function distinctPromises(history: readonly PromiseRecord[]): PromiseRecord[] {
  const ordered = [...history].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return ordered.filter((promise, index) => promise.promisedOn !== ordered[index - 1]?.promisedOn);
}

/**
 * The counts the database computes, from per-client facts instead: the reference the
 * aggregate query is tested against. Reports are all reports, not only each client's latest.
 */
export function countFacts(
  disruption: DisruptionOutcome & { promisedOn: string | null },
  clients: readonly ClientFacts[],
  reports: readonly ReportStatus[],
): FigureCounts {
  const callbacks = { ...NO_CALLBACKS };
  const counts: FigureCounts = {
    clients: clients.length,
    contactedWithin24h: 0,
    contactedLate: 0,
    callbacks,
    reports: { submitted: 0, accepted: 0, sent_back: 0 },
    clientsTold: 0,
    clientsToldCurrent: 0,
    clientsToldKept: 0,
    thankYous: { chosen: 0, done: 0 },
  };
  for (const client of clients) {
    if (contactedOnTime(client)) counts.contactedWithin24h++;
    else if (client.contactedAt) counts.contactedLate++;
    for (const key of Object.keys(callbacks) as (keyof CallbackFacts)[])
      callbacks[key] += client.callbacks[key];
    if (client.toldPromisedOn) {
      counts.clientsTold++;
      if (client.toldPromisedOn === disruption.promisedOn) counts.clientsToldCurrent++;
      if (disruption.resolvedOn && disruption.resolvedOn <= client.toldPromisedOn) counts.clientsToldKept++;
    }
    if (client.thankYou) counts.thankYous[client.thankYou.status]++;
  }
  for (const status of reports) counts.reports[status]++;
  return counts;
}
