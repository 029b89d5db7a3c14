import type { DemoClient, DemoTask } from './demo-plan.ts';
import { addDays, localInstant } from './demo-time.ts';
import type { Random } from './seeded-random.ts';

const ACTIVE_TASKS = [
  'Send the monthly report to {name}',
  'Prepare the quarterly review for {name}',
  'Renewal proposal for {name}',
  'Book the next photo shoot with {first}',
  'Order the new flyers for {name}',
  'Ask {first} for a testimonial',
  'Fix the broken links on the {name} website',
  'Draft next month\u2019s newsletter for {name}',
];

// Days from today for the open tasks: a few overdue, a few due today, the rest ahead or undated.
const OPEN_DUE = [-1, -3, -6, -12, 0, 0, 0, 1, 2, 3, 5, 7, 9, 14, 21, 30, null, null];

/**
 * The team's to-do list: a check-in for every paused client, a follow-up for every
 * prospect, a post-mortem for every cancellation, and routine work for some active clients.
 */
export function demoTasks(rng: Random, clients: DemoClient[], today: string, timeZone: string): DemoTask[] {
  const byStatus = (status: string) =>
    clients.flatMap((client, index) => (client.profile.status === status ? [index] : []));
  const title = (template: string, index: number) => {
    const profile = (clients[index] as DemoClient).profile;
    return template
      .replace('{name}', profile.name)
      .replace('{first}', profile.contact.split(' ')[0] as string);
  };
  const active = rng.shuffle(byStatus('active')).slice(0, ACTIVE_TASKS.length);
  const open: Omit<DemoTask, 'dueOn' | 'doneAt'>[] = [
    ...byStatus('paused').map((i) => ({
      title: title('Check in with {first}: ready to restart?', i),
      client: i,
    })),
    ...byStatus('prospect').map((i) => ({
      title: title('Follow up on the proposal to {name}', i),
      client: i,
    })),
    ...byStatus('cancelled')
      .slice(0, 2)
      .map((i) => ({ title: title('Post-mortem: why did {name} leave?', i), client: i })),
    ...ACTIVE_TASKS.slice(0, 4).map((template, n) => ({
      title: title(template, active[n] as number),
      client: active[n] as number,
    })),
    { title: 'Update the price sheet for next year', client: null },
    { title: 'Order more thank-you cards', client: null },
  ].map((task) => ({
    ...task,
    assignee: task.client === null ? 'owner' : (clients[task.client] as DemoClient).owner,
  }));

  const done: Omit<DemoTask, 'dueOn' | 'doneAt'>[] = [
    ...byStatus('cancelled')
      .slice(2)
      .map((i) => ({ title: title('Post-mortem: why did {name} leave?', i), client: i })),
    ...ACTIVE_TASKS.slice(4).map((template, n) => ({
      title: title(template, active[n + 4] as number),
      client: active[n + 4] as number,
    })),
  ].map((task) => ({ ...task, assignee: (clients[task.client] as DemoClient).owner }));

  return [
    ...rng.shuffle(open).map((task, n) => {
      const days = OPEN_DUE[n % OPEN_DUE.length];
      return {
        ...task,
        dueOn: days === null || days === undefined ? null : addDays(today, days),
        doneAt: null,
      };
    }),
    ...done.map((task) => {
      const dueOn = addDays(today, -rng.int(3, 40));
      return { ...task, dueOn, doneAt: localInstant(addDays(dueOn, -rng.int(0, 2)), 15 * 60, timeZone) };
    }),
  ];
}
