import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BoardCell,
  boardCells,
  CELL_STATES,
  type ClientFacts,
  type DisruptionFacts,
  NO_CALLBACKS,
} from './board-state.ts';
import { PLAYBOOK_STEPS, REPORT_STATUSES, THANK_YOU_KINDS } from './vocabulary.ts';

const NOW = new Date('2026-11-24T12:00:00Z');
const TODAY = '2026-11-24';
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000);

const ACTIVE: DisruptionFacts = {
  status: 'active',
  promisedOn: '2026-12-15',
  resolvedOn: null,
  planStepCount: 3,
};
const RESOLVED: DisruptionFacts = { ...ACTIVE, status: 'resolved', resolvedOn: '2026-12-10' };

const client = (overrides: Partial<ClientFacts> = {}): ClientFacts => ({
  addedAt: hoursAgo(30),
  contactedAt: hoursAgo(28),
  nextUpdateDueOn: '2026-11-30',
  callbacks: NO_CALLBACKS,
  standInName: null,
  latestReport: null,
  toldPromisedOn: '2026-12-15',
  meetingsHeld: 0,
  nextMeetingAt: null,
  inputCount: 0,
  thankYou: null,
  ...overrides,
});

const cell = (
  step: keyof ReturnType<typeof boardCells>,
  facts: Partial<ClientFacts>,
  d = ACTIVE,
  now = NOW,
) => boardCells(d, client(facts), now, TODAY)[step];

describe('board cells', () => {
  it.each<[string, Partial<ClientFacts>, BoardCell['state'], RegExp]>([
    ['contacted after 2 h', { contactedAt: hoursAgo(28) }, 'done', /within 24 h \(after 2 h\)/],
    ['contacted after exactly 24 h', { contactedAt: hoursAgo(6) }, 'done', /within 24 h/],
    ['contacted after 25 h', { contactedAt: hoursAgo(5) }, 'done', /late, after 25 h/],
    ['not contacted, 6 h left', { addedAt: hoursAgo(18), contactedAt: null }, 'due', /6 h left/],
    [
      'not contacted, window closed',
      { addedAt: hoursAgo(30), contactedAt: null },
      'overdue',
      /closed 6 h ago/,
    ],
  ])('contact: %s', (_name, facts, state, note) => {
    const result = cell('contact', facts);
    expect(result.state).toBe(state);
    expect(result.note).toMatch(note);
  });

  it.each<[string, Partial<ClientFacts>, DisruptionFacts, BoardCell['state'], RegExp]>([
    ['up to date', {}, ACTIVE, 'done', /next update by 2026-11-30/],
    ['update due today', { nextUpdateDueOn: TODAY }, ACTIVE, 'due', /due today/],
    ['update missed', { nextUpdateDueOn: '2026-11-20' }, ACTIVE, 'overdue', /4 days ago/],
    [
      'callback overdue',
      { callbacks: { ...NO_CALLBACKS, openOverdue: 2 } },
      ACTIVE,
      'overdue',
      /2 callbacks overdue/,
    ],
    [
      'callback open',
      { callbacks: { ...NO_CALLBACKS, openNotDue: 1 } },
      ACTIVE,
      'due',
      /1 callback to return/,
    ],
    [
      'late answers noted',
      { callbacks: { ...NO_CALLBACKS, answeredLate: 1 } },
      ACTIVE,
      'done',
      /answered late/,
    ],
    [
      'not contacted yet',
      { contactedAt: null, nextUpdateDueOn: null },
      ACTIVE,
      'not_started',
      /after the first/,
    ],
    ['resolved, all answered', { nextUpdateDueOn: '2026-11-01' }, RESOLVED, 'done', /until the end/],
    [
      'resolved, callback overdue',
      { callbacks: { ...NO_CALLBACKS, openOverdue: 1 } },
      RESOLVED,
      'overdue',
      /overdue/,
    ],
  ])('communicate: %s', (_name, facts, disruption, state, note) => {
    const result = cell('communicate', facts, disruption);
    expect(result.state).toBe(state);
    expect(result.note).toMatch(note);
  });

  it.each<[string, Partial<ClientFacts>, BoardCell['state']]>([
    ['no stand-in', {}, 'not_needed'],
    ['stand-in, no report', { standInName: 'Sam' }, 'not_started'],
    ['report waiting', { standInName: 'Sam', latestReport: { status: 'submitted', createdAt: NOW } }, 'due'],
    [
      'report sent back',
      { standInName: 'Sam', latestReport: { status: 'sent_back', createdAt: NOW } },
      'overdue',
    ],
    ['report accepted', { standInName: 'Sam', latestReport: { status: 'accepted', createdAt: NOW } }, 'done'],
  ])('oversee: %s', (_name, facts, state) => {
    expect(cell('oversee', facts).state).toBe(state);
  });

  it.each<[string, Partial<ClientFacts>, DisruptionFacts, BoardCell['state'], RegExp]>([
    ['told the promise', {}, ACTIVE, 'done', /2026-12-15/],
    ['never told', { toldPromisedOn: null }, ACTIVE, 'due', /Tell them/],
    ['told an old date', { toldPromisedOn: '2026-12-01' }, ACTIVE, 'overdue', /new date, 2026-12-15/],
    ['no promise yet', { toldPromisedOn: null }, { ...ACTIVE, promisedOn: null }, 'not_started', /No date/],
    ['resolved before the told date', {}, RESOLVED, 'done', /kept/],
    ['resolved after the told date', { toldPromisedOn: '2026-12-01' }, RESOLVED, 'done', /late/],
    ['resolved, never told', { toldPromisedOn: null }, RESOLVED, 'not_needed', /no date/],
  ])('time frame: %s', (_name, facts, disruption, state, note) => {
    const result = cell('time_frame', facts, disruption);
    expect(result.state).toBe(state);
    expect(result.note).toMatch(note);
  });

  it.each<[string, Partial<ClientFacts>, DisruptionFacts, BoardCell['state']]>([
    ['no plan', {}, { ...ACTIVE, planStepCount: 0 }, 'not_started'],
    ['plan, nothing else', {}, ACTIVE, 'due'],
    ['meeting ahead', { nextMeetingAt: new Date('2026-11-26T10:00:00Z') }, ACTIVE, 'due'],
    ['meeting passed, not held', { nextMeetingAt: hoursAgo(3) }, ACTIVE, 'overdue'],
    ['held, no input', { meetingsHeld: 1 }, ACTIVE, 'due'],
    ['held with input', { meetingsHeld: 1, inputCount: 2 }, ACTIVE, 'done'],
    ['input from the page, no meeting', { inputCount: 1 }, ACTIVE, 'due'],
  ])('plan: %s', (_name, facts, disruption, state) => {
    expect(cell('plan', facts, disruption).state).toBe(state);
  });

  it.each<[string, Partial<ClientFacts>, DisruptionFacts, BoardCell['state']]>([
    ['active', {}, ACTIVE, 'not_started'],
    ['resolved, none chosen', {}, RESOLVED, 'due'],
    ['chosen', { thankYou: { kind: 'gift', status: 'chosen' } }, RESOLVED, 'due'],
    ['done', { thankYou: { kind: 'free_month', status: 'done' } }, RESOLVED, 'done'],
    [
      'chosen, three weeks on',
      { thankYou: { kind: 'call', status: 'chosen' } },
      { ...RESOLVED, resolvedOn: '2026-11-01' },
      'overdue',
    ],
  ])('thank: %s', (_name, facts, disruption, state) => {
    expect(cell('thank', facts, disruption).state).toBe(state);
  });
});

const date = fc
  .integer({ min: Date.parse('2026-10-01'), max: Date.parse('2027-01-31') })
  .map((ms) => new Date(ms));
const day = date.map((d) => d.toISOString().slice(0, 10));
const count = fc.integer({ min: 0, max: 4 });
const factsArb: fc.Arbitrary<ClientFacts> = fc.record({
  addedAt: date,
  contactedAt: fc.option(date, { nil: null }),
  nextUpdateDueOn: fc.option(day, { nil: null }),
  callbacks: fc.record({ answeredOnTime: count, answeredLate: count, openOverdue: count, openNotDue: count }),
  standInName: fc.option(fc.constantFrom('Sam', 'Ada'), { nil: null }),
  latestReport: fc.option(fc.record({ status: fc.constantFrom(...REPORT_STATUSES), createdAt: date }), {
    nil: null,
  }),
  toldPromisedOn: fc.option(day, { nil: null }),
  meetingsHeld: count,
  nextMeetingAt: fc.option(date, { nil: null }),
  inputCount: count,
  thankYou: fc.option(
    fc.record({
      kind: fc.constantFrom(...THANK_YOU_KINDS),
      status: fc.constantFrom('chosen' as const, 'done' as const),
    }),
    { nil: null },
  ),
});
const disruptionArb: fc.Arbitrary<DisruptionFacts> = fc
  .record({
    resolved: fc.boolean(),
    promisedOn: fc.option(day, { nil: null }),
    resolvedOn: day,
    planStepCount: count,
  })
  .map(({ resolved, resolvedOn, ...rest }) => ({
    ...rest,
    status: resolved ? 'resolved' : 'active',
    resolvedOn: resolved ? resolvedOn : null,
  }));

describe('board cell properties', () => {
  it('gives every step a known state and a non-empty note', () => {
    fc.assert(
      fc.property(disruptionArb, factsArb, date, (disruption, facts, now) => {
        const cells = boardCells(disruption, facts, now, now.toISOString().slice(0, 10));
        expect(Object.keys(cells)).toEqual([...PLAYBOOK_STEPS]);
        for (const one of Object.values(cells)) {
          expect(CELL_STATES).toContain(one.state);
          expect(one.note.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('never shows a client thanked before the disruption is resolved', () => {
    fc.assert(
      fc.property(disruptionArb, factsArb, date, (disruption, facts, now) => {
        const { thank } = boardCells(
          { ...disruption, status: 'active', resolvedOn: null },
          facts,
          now,
          '2026-11-24',
        );
        expect(thank.state).toBe('not_started');
      }),
    );
  });

  it('shows thank done exactly when the live thank-you is done after resolution', () => {
    fc.assert(
      fc.property(disruptionArb, factsArb, date, (disruption, facts, now) => {
        const { thank } = boardCells(disruption, facts, now, now.toISOString().slice(0, 10));
        const isDone = disruption.status === 'resolved' && facts.thankYou?.status === 'done';
        expect(thank.state === 'done').toBe(isDone);
      }),
    );
  });

  it('marks contact done exactly when a contact is recorded, and overdue only after 24 h', () => {
    fc.assert(
      fc.property(disruptionArb, factsArb, date, (disruption, facts, now) => {
        const { contact } = boardCells(disruption, facts, now, now.toISOString().slice(0, 10));
        expect(contact.state === 'done').toBe(facts.contactedAt !== null);
        if (contact.state === 'overdue') {
          expect(now.getTime() - facts.addedAt.getTime()).toBeGreaterThan(24 * 3_600_000);
        }
      }),
    );
  });

  it('makes an overdue callback overdue on the communicate step whatever else holds', () => {
    fc.assert(
      fc.property(disruptionArb, factsArb, date, (disruption, facts, now) => {
        const withOverdue = { ...facts, callbacks: { ...facts.callbacks, openOverdue: 1 } };
        const { communicate } = boardCells(disruption, withOverdue, now, now.toISOString().slice(0, 10));
        expect(communicate.state).toBe('overdue');
      }),
    );
  });
});
