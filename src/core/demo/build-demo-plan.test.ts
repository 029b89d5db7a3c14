import { describe, expect, it } from 'vitest';
import { answersCallbacks } from '../interactions/channels.ts';
import { buildDemoPlan } from './build-demo-plan.ts';

const NOW = new Date('2026-03-18T14:30:00Z');
const plan = (seed = 1, timeZone = 'UTC', now = NOW) =>
  buildDemoPlan({ seed, now, timeZone, paymentTermsDays: 14 });

describe('the demo plan', () => {
  it('is the same for the same seed, moment and zone, and different for another seed', () => {
    expect(plan(7)).toEqual(plan(7));
    const [one, two] = [plan(1), plan(2)];
    expect(one.clients.map((client) => client.touches.length)).not.toEqual(
      two.clients.map((client) => client.touches.length),
    );
  });

  it('has fifty clients, people and businesses, mostly active, with some of every other status', () => {
    const { clients } = plan();
    expect(clients).toHaveLength(50);
    const count = (status: string) => clients.filter((client) => client.profile.status === status).length;
    expect(count('active')).toBeGreaterThan(30);
    for (const status of ['paused', 'prospect', 'cancelled']) expect(count(status)).toBeGreaterThanOrEqual(3);
    expect(new Set(clients.map((client) => client.profile.kind))).toEqual(new Set(['person', 'business']));
    expect(new Set(clients.map((client) => client.email)).size).toBe(50);
    // Paused and cancelled clients know the day they called; billing pauses and cancels from it.
    for (const client of clients) {
      const hasEnded = ['paused', 'cancelled'].includes(client.profile.status);
      expect(client.endedOn !== null).toBe(hasEnded);
      if (client.endedOn) expect(client.endedOn > client.since && client.endedOn < '2026-03-18').toBe(true);
    }
    const tenures = clients.map((client) => client.since).sort();
    // Tenure from six years to a few weeks.
    expect(tenures[0]?.slice(0, 4)).toBe('2019');
    expect(tenures.at(-1)).toMatch(/^2026-0[23]-/);
  });

  it.each(['UTC', 'Pacific/Auckland', 'America/Los_Angeles'])(
    'gives every client a history in the past, after they became a client, on many channels (%s)',
    (zone) => {
      const { clients } = plan(3, zone);
      const touches = clients.flatMap((client) => client.touches);
      expect(touches.length).toBeGreaterThan(400);
      expect(new Set(touches.map((touch) => touch.channel)).size).toBeGreaterThanOrEqual(9);
      for (const client of clients) {
        expect(client.touches.length).toBeGreaterThan(0);
        expect(client.touches.every((touch) => touch.at < NOW)).toBe(true);
        const sinceStart = new Date(`${client.since}T00:00:00Z`).getTime() - 14 * 3_600_000;
        expect(client.touches.every((touch) => touch.at.getTime() >= sinceStart)).toBe(true);
        const times = client.touches.map((touch) => touch.at.getTime());
        expect(times).toEqual([...times].sort((a, b) => a - b));
      }
    },
  );

  it('leaves five requests waiting for an answer, two of them past the four-hour policy', () => {
    const waiting = plan().clients.flatMap((client) => {
      const last = client.touches.at(-1);
      const isRequest =
        last?.direction === 'inbound' &&
        last.channel !== 'note' &&
        !answersCallbacks(last.direction, last.channel);
      return isRequest ? [(NOW.getTime() - last.at.getTime()) / 3_600_000] : [];
    });
    expect(waiting.sort((a, b) => b - a)).toEqual([27, 6, 3.5, 2, 0.75]);
  });

  it('plans tasks: some overdue, some due today, some done', () => {
    const { tasks, today } = plan();
    const open = tasks.filter((task) => task.doneAt === null);
    expect(open.filter((task) => task.dueOn !== null && task.dueOn < today).length).toBeGreaterThanOrEqual(3);
    expect(open.filter((task) => task.dueOn === today).length).toBeGreaterThanOrEqual(2);
    expect(tasks.filter((task) => task.doneAt !== null).length).toBeGreaterThanOrEqual(4);
    expect(tasks.every((task) => task.doneAt === null || task.doneAt < NOW)).toBe(true);
  });
});
