import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boardFigures,
  countFacts,
  type DisruptionOutcome,
  type FigureCounts,
  type PromiseRecord,
  percentOf,
  promiseOutcomes,
} from './board-figures.ts';
import { boardCells, type ClientFacts, NO_CALLBACKS } from './board-state.ts';
import { REPORT_STATUSES, THANK_YOU_KINDS } from './vocabulary.ts';

const at = (iso: string) => new Date(`${iso}T09:00:00Z`);
const promise = (promisedOn: string, madeOn: string): PromiseRecord => ({
  promisedOn,
  createdAt: at(madeOn),
});
const ACTIVE: DisruptionOutcome = { status: 'active', resolvedOn: null, resolvedAt: null };
const resolved = (on: string): DisruptionOutcome => ({
  status: 'resolved',
  resolvedOn: on,
  resolvedAt: at(on),
});

const ZERO: FigureCounts = {
  clients: 0,
  contactedWithin24h: 0,
  contactedLate: 0,
  callbacks: NO_CALLBACKS,
  reports: { submitted: 0, accepted: 0, sent_back: 0 },
  clientsTold: 0,
  clientsToldCurrent: 0,
  clientsToldKept: 0,
  thankYous: { chosen: 0, done: 0 },
};

describe('percentOf', () => {
  it.each([
    [0, 0, null],
    [0, 5, 0],
    [5, 5, 100],
    [1, 3, 33],
    [2, 3, 66],
    [199, 200, 99], // rounded down: 100 means everyone
    [9_999, 10_000, 99],
  ])('%i of %i is %s %', (count, of, expected) => {
    expect(percentOf(count, of)).toBe(expected);
  });
});

describe('promiseOutcomes', () => {
  it.each<[string, PromiseRecord[], DisruptionOutcome, object]>([
    ['no promise', [], ACTIVE, { made: 0, outcome: 'none', current: null }],
    [
      'one promise, still active',
      [promise('2026-12-15', '2026-11-20')],
      ACTIVE,
      { made: 1, pending: 1, outcome: 'pending' },
    ],
    [
      'kept',
      [promise('2026-12-15', '2026-11-20')],
      resolved('2026-12-15'),
      { kept: 1, broken: 0, outcome: 'kept' },
    ],
    [
      'missed',
      [promise('2026-12-15', '2026-11-20')],
      resolved('2026-12-16'),
      { kept: 0, broken: 1, outcome: 'broken' },
    ],
    [
      'moved later, then kept',
      [promise('2026-12-15', '2026-11-20'), promise('2026-12-29', '2026-12-01')],
      resolved('2026-12-28'),
      { made: 2, rePromises: 1, kept: 1, broken: 1, outcome: 'kept', current: '2026-12-29' },
    ],
    [
      'moved earlier, then met',
      [promise('2026-12-15', '2026-11-20'), promise('2026-12-10', '2026-12-01')],
      resolved('2026-12-09'),
      { made: 2, rePromises: 1, kept: 2, broken: 0, outcome: 'kept' },
    ],
    [
      'an estimate that moved while the promise stood is not a re-promise',
      [
        promise('2026-12-15', '2026-11-20'),
        promise('2026-12-15', '2026-11-25'),
        promise('2026-12-22', '2026-12-01'),
      ],
      resolved('2026-12-20'),
      { made: 2, rePromises: 1, kept: 1, broken: 1, pending: 0, outcome: 'kept' },
    ],
    [
      'a promise made after resolution does not judge it',
      [promise('2026-12-15', '2026-11-20'), promise('2027-01-15', '2026-12-20')],
      resolved('2026-12-18'),
      { outcome: 'broken', current: '2026-12-15' },
    ],
  ])('%s', (_name, history, disruption, expected) => {
    expect(promiseOutcomes(disruption, history)).toMatchObject(expected);
  });
});

describe('boardFigures', () => {
  it('turns counts into figures', () => {
    const figures = boardFigures(
      resolved('2026-12-10'),
      {
        clients: 10,
        contactedWithin24h: 7,
        contactedLate: 2,
        callbacks: { answeredOnTime: 3, answeredLate: 1, openOverdue: 1, openNotDue: 2 },
        reports: { submitted: 1, accepted: 4, sent_back: 1 },
        clientsTold: 8,
        clientsToldCurrent: 6,
        clientsToldKept: 6,
        thankYous: { chosen: 6, done: 4 },
      },
      [promise('2026-12-15', '2026-11-20')],
    );
    expect(figures.contact).toEqual({ within24h: 7, late: 2, notYet: 1, percentWithin24h: 70 });
    expect(figures.callbacks).toMatchObject({ due: 5, percentOnTime: 60 });
    expect(figures.reports).toEqual({ accepted: 4, sentBack: 1, waiting: 1, percentAccepted: 80 });
    expect(figures.promises).toMatchObject({ outcome: 'kept', clientsKept: 6, percentClientsKept: 75 });
    expect(figures.thanks).toEqual({ done: 4, chosen: 6, notChosen: 0, percentDone: 40 });
  });

  it('counts no thanks before resolution', () => {
    const figures = boardFigures(ACTIVE, { ...ZERO, clients: 3, thankYous: { chosen: 1, done: 2 } }, []);
    expect(figures.thanks).toEqual({ done: 0, chosen: 0, notChosen: 3, percentDone: null });
  });
});

const date = fc
  .integer({ min: Date.parse('2026-10-01'), max: Date.parse('2027-01-31') })
  .map((ms) => new Date(ms));
const day = date.map((d) => d.toISOString().slice(0, 10));
const small = fc.integer({ min: 0, max: 3 });
const factsArb: fc.Arbitrary<ClientFacts> = fc.record({
  addedAt: date,
  contactedAt: fc.option(date, { nil: null }),
  nextUpdateDueOn: fc.option(day, { nil: null }),
  callbacks: fc.record({ answeredOnTime: small, answeredLate: small, openOverdue: small, openNotDue: small }),
  standInName: fc.constant(null),
  latestReport: fc.constant(null),
  toldPromisedOn: fc.option(day, { nil: null }),
  meetingsHeld: small,
  nextMeetingAt: fc.constant(null),
  inputCount: small,
  thankYou: fc.option(
    fc.record({
      kind: fc.constantFrom(...THANK_YOU_KINDS),
      status: fc.constantFrom('chosen' as const, 'done' as const),
    }),
    { nil: null },
  ),
});
const outcomeArb = fc
  .record({ isResolved: fc.boolean(), on: day, promisedOn: fc.option(day, { nil: null }) })
  .map(({ isResolved, on, promisedOn }) =>
    isResolved ? { ...resolved(on), promisedOn } : { ...ACTIVE, promisedOn },
  );
const historyArb = fc.array(fc.record({ promisedOn: day, createdAt: date }), { maxLength: 5 });

describe('board figure properties', () => {
  it('keeps percentages within 0..100 and counts that add up', () => {
    fc.assert(
      fc.property(
        outcomeArb,
        fc.array(factsArb, { maxLength: 30 }),
        fc.array(fc.constantFrom(...REPORT_STATUSES), { maxLength: 10 }),
        historyArb,
        (disruption, clients, reports, history) => {
          const figures = boardFigures(disruption, countFacts(disruption, clients, reports), history);
          const percents = [
            figures.contact.percentWithin24h,
            figures.callbacks.percentOnTime,
            figures.reports.percentAccepted,
            figures.promises.percentClientsKept,
            figures.thanks.percentDone,
          ];
          for (const percent of percents) {
            if (percent !== null)
              expect(percent >= 0 && percent <= 100 && Number.isInteger(percent)).toBe(true);
          }
          const { contact, thanks, promises, reports: r } = figures;
          expect(contact.within24h + contact.late + contact.notYet).toBe(clients.length);
          expect(contact.notYet).toBeGreaterThanOrEqual(0);
          expect(thanks.done + thanks.chosen + thanks.notChosen).toBe(clients.length);
          // A row that repeats the date before it (only the estimate moved) is no new promise.
          const dates = [...history]
            .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
            .map((p) => p.promisedOn);
          const made = dates.filter((date, i) => date !== dates[i - 1]).length;
          expect(promises.made).toBe(made);
          expect(promises.kept + promises.broken + promises.pending).toBe(made);
          expect(promises.rePromises).toBe(Math.max(0, made - 1));
          expect(r.accepted + r.sentBack + r.waiting).toBe(reports.length);
          expect(figures.callbacks.due).toBeLessThanOrEqual(
            figures.callbacks.due + figures.callbacks.openNotDue,
          );
        },
      ),
    );
  });

  it('agrees with the board: contact and thank cells done match the figures', () => {
    fc.assert(
      fc.property(outcomeArb, fc.array(factsArb, { maxLength: 30 }), date, (disruption, clients, now) => {
        const figures = boardFigures(disruption, countFacts(disruption, clients, []), []);
        const facts = { ...disruption, planStepCount: 1 };
        const cells = clients.map((c) => boardCells(facts, c, now, now.toISOString().slice(0, 10)));
        expect(cells.filter((c) => c.contact.state === 'done').length).toBe(
          figures.contact.within24h + figures.contact.late,
        );
        expect(cells.filter((c) => c.thank.state === 'done').length).toBe(figures.thanks.done);
        if (disruption.status === 'active') expect(figures.thanks.done).toBe(0);
      }),
    );
  });
});
