import { describe, expect, it } from 'vitest';
import { todayIn } from '../calendar/today-in.ts';
import { checkReport } from '../disruptions/report-rules.ts';
import { promiseFor } from '../disruptions/time-frame.ts';
import { answersCallbacks } from '../interactions/channels.ts';
import { buildDemoPlan } from './build-demo-plan.ts';
import { AFFECTED_CLIENTS, DISRUPTION_DAYS_AGO } from './demo-disruption.ts';
import type { DemoDisruptionAct } from './demo-disruption-acts.ts';
import type { DemoPlan } from './demo-plan.ts';
import { addDays } from './demo-time.ts';

const plans = new Map<string, DemoPlan>();
const plan = (seed: number, timeZone: string, now: Date) => {
  const key = `${seed} ${timeZone} ${now.toISOString()}`;
  const made = plans.get(key) ?? buildDemoPlan({ seed, now, timeZone, paymentTermsDays: 14 });
  plans.set(key, made);
  return made;
};
// Several seeds and zones, at moments around the clock and across daylight-saving changes.
const MOMENTS = ['2026-03-18T14:30:00Z', '2026-11-02T06:00:00Z', '2026-04-05T23:45:00Z'];
const CASES = [1, 2, 3, 5].flatMap((seed) =>
  ['UTC', 'Pacific/Auckland', 'America/Los_Angeles'].map((zone, n) => ({
    seed,
    zone,
    now: new Date(MOMENTS[(seed + n) % MOMENTS.length] as string),
  })),
);
const DAY_MS = 86_400_000;

type Act<K extends DemoDisruptionAct['kind']> = Extract<DemoDisruptionAct, { kind: K }>;
const actsOf = <K extends DemoDisruptionAct['kind']>(demo: DemoPlan, kind: K) =>
  demo.disruption.acts.filter((act): act is Act<K> => act.kind === kind);

/** When each affected client was first reached, as the playbook counts it: null if not yet. */
function firstContacts(demo: DemoPlan): Map<number, Date | null> {
  const { disruption } = demo;
  const meetings = new Map(actsOf(demo, 'schedule_meeting').map((act) => [act.key, act]));
  const reached = new Map<number, Date | null>(disruption.clients.map((client) => [client, null]));
  for (const act of disruption.acts) {
    let client: number | null = null;
    let at = act.at;
    if (act.kind === 'touch' && answersCallbacks(act.direction, act.channel)) client = act.client;
    if (act.kind === 'outbox' && act.action === 'mark_sent') client = act.client;
    if (act.kind === 'hold_meeting') {
      const meeting = meetings.get(act.meeting) as Act<'schedule_meeting'>;
      [client, at] = [meeting.client, meeting.startsAt];
    }
    if (client !== null && reached.get(client) === null) reached.set(client, at);
  }
  return reached;
}

describe('the demo disruption', () => {
  it('is the same for the same seed, moment and zone', () => {
    const now = new Date(MOMENTS[0] as string);
    const again = buildDemoPlan({ seed: 4, now, timeZone: 'UTC', paymentTermsDays: 14 });
    expect(again.disruption).toEqual(plan(4, 'UTC', now).disruption);
  });

  it.each(CASES)(
    'affects twelve active clients with no request waiting, four of them in the stand-in’s care (seed $seed, $zone, $now)',
    ({ seed, zone, now }) => {
      const demo = plan(seed, zone, now);
      const { clients } = demo.disruption;
      expect(new Set(clients).size).toBe(AFFECTED_CLIENTS);
      for (const index of clients) {
        const client = demo.clients[index];
        expect(client?.profile.status).toBe('active');
        const last = client?.touches.at(-1);
        // A request logged before the declaration would have missed the disruption's shorter callback time.
        expect(last && last.direction === 'inbound' && !answersCallbacks(last.direction, last.channel)).toBe(
          false,
        );
      }
      const [standIn, ...others] = actsOf(demo, 'stand_in');
      expect(others).toEqual([]);
      expect(standIn?.standIn).toBe('jordan');
      // Three clients he already had, and one handed to him for the disruption.
      expect(standIn?.clients.map((index) => demo.clients[index]?.standIn)).toEqual([
        true,
        true,
        true,
        false,
      ]);
      expect(standIn?.clients.every((index) => clients.includes(index))).toBe(true);
    },
  );

  it.each(CASES)(
    'was declared ten days ago before the working day and plays every act in order, in the past (seed $seed, $zone, $now)',
    ({ seed, zone, now }) => {
      const demo = plan(seed, zone, now);
      const { disruption } = demo;
      expect(disruption.startedOn).toBe(addDays(demo.today, -DISRUPTION_DAYS_AGO));
      expect(todayIn(disruption.declaredAt, zone)).toBe(disruption.startedOn);
      const times = disruption.acts.map((act) => act.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times[0]).toBeGreaterThan(disruption.declaredAt.getTime());
      expect(times.at(-1)).toBeLessThan(now.getTime());
      // The affected clients' own timelines stop at the declaration; the story carries on from there.
      for (const index of disruption.clients) {
        const touches = demo.clients[index]?.touches ?? [];
        expect(touches.every((touch) => touch.at < disruption.declaredAt)).toBe(true);
      }
      const [held, booked] = actsOf(demo, 'schedule_meeting');
      const hold = actsOf(demo, 'hold_meeting')[0];
      expect(held && hold && held.at < held.startsAt && held.startsAt < hold.at).toBe(true);
      // The meeting still to come is after now, whenever the demo is made.
      expect(booked && booked.startsAt > now).toBe(true);
    },
  );

  it.each(CASES)(
    'acts only on affected clients, on things made earlier, the stand-in only on his clients (seed $seed, $zone, $now)',
    ({ seed, zone, now }) => {
      const demo = plan(seed, zone, now);
      const affected = new Set(demo.disruption.clients);
      const made = new Set<string>();
      const jordans = new Set(actsOf(demo, 'stand_in').flatMap((act) => act.clients));
      for (const act of demo.disruption.acts) {
        const clients = 'clients' in act ? act.clients : 'client' in act ? [act.client] : [];
        expect(clients.every((client) => affected.has(client))).toBe(true);
        if (act.by === 'jordan') expect(clients.every((client) => jordans.has(client))).toBe(true);
        const used = act.kind === 'step_state' ? act.step : act.kind === 'hold_meeting' ? act.meeting : null;
        if (used) expect(made.has(used)).toBe(true);
        if (act.kind === 'review_report') expect(made.has(`report ${act.report}`)).toBe(true);
        if (act.kind === 'add_step' || act.kind === 'schedule_meeting') made.add(act.key);
        if (act.kind === 'file_report') made.add(`report ${act.key}`);
      }
    },
  );

  it('files stand-in reports that pass the vague-report rules; the owner accepts one and sends one back', () => {
    const demo = plan(1, 'UTC', new Date(MOMENTS[0] as string));
    const reports = actsOf(demo, 'file_report');
    expect(reports).toHaveLength(3);
    for (const report of reports) expect(checkReport(report)).toEqual({ ok: true });
    const reviews = actsOf(demo, 'review_report');
    expect(reviews.map(({ report, decision }) => [report, decision])).toEqual([
      ['accepted', 'accept'],
      ['sentBack', 'send_back'],
    ]);
    expect(reviews[1]?.comment).toMatch(/^Which date did you give \p{L}+\?/u);
    expect(reports.every((report) => report.by === 'jordan')).toBe(true);
  });

  it('moves the estimate past the promise, then confirms a new promise with the same room', () => {
    const demo = plan(2, 'Pacific/Auckland', new Date(MOMENTS[1] as string));
    const { estimateOn, bufferDays } = demo.disruption;
    const firstPromise = promiseFor(estimateOn, bufferDays);
    expect(firstPromise > demo.today).toBe(true);
    const [moved] = actsOf(demo, 'move_estimate');
    const [promised] = actsOf(demo, 'set_promise');
    expect(moved && moved.estimateOn > firstPromise).toBe(true);
    expect(promised?.promisedOn).toBe(promiseFor(moved?.estimateOn as string, bufferDays));
    const told = actsOf(demo, 'tell_clients').filter((act) => act.at > (promised as Act<'set_promise'>).at);
    expect(told.flatMap((act) => act.clients)).toHaveLength(6);
  });

  // What the board will show, step by step: every state somewhere. Late means after the 24-hour window.
  it.each(CASES)(
    'leaves clients reached on time, late and not yet; callbacks on time and late (seed $seed, $zone, $now)',
    ({ seed, zone, now }) => {
      const demo = plan(seed, zone, now);
      const declared = demo.disruption.declaredAt.getTime();
      const contacts = [...firstContacts(demo).values()];
      const within = contacts.filter((at) => at !== null && at.getTime() - declared <= DAY_MS);
      const late = contacts.filter((at) => at !== null && at.getTime() - declared > DAY_MS);
      expect([within.length, late.length, contacts.length - within.length - late.length]).toEqual([8, 2, 2]);

      const touches = actsOf(demo, 'touch');
      const calls = touches.filter((act) => act.direction === 'inbound');
      const delays = calls.map((call) => {
        const answer = touches.find((act) => act.client === call.client && act.at > call.at);
        return answer ? (answer.at.getTime() - call.at.getTime()) / 60_000 : null;
      });
      // The disruption's callback window is two hours: one answered in 45 minutes, one after five and a half hours.
      expect(delays).toEqual([335, 45]);
    },
  );
});
