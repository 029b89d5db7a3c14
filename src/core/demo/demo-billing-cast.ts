import { todayIn } from '../calendar/today-in.ts';
import { HISTORY_DAYS } from './demo-history.ts';
import { BOOKINGS_DOWN, FORM_BROKEN, fillPhrase, type RequestPhrase } from './demo-phrases.ts';
import type { DemoClient } from './demo-plan.ts';
import { addDays, localInstant } from './demo-time.ts';
import type { Random } from './seeded-random.ts';

/** A story the billing tells about a client, starting from a touch on its timeline. */
export interface DemoStory {
  client: number;
  /** The day the client called (the workspace's calendar). */
  on: string;
  /** When the call was answered; a credit is granted then. */
  answeredAt: Date;
}

/** Who plays which part in the billing side of the demo. Every part is a different active client. */
export interface DemoBillingCast {
  /** Pays one invoice in kind, with what its own business sells. */
  barter: number;
  /** Called worried about bookings; a payment holiday followed. */
  holiday: DemoStory;
  /** The same worry; a half-price quarter followed. */
  reduction: DemoStory;
  /** Had a fault on the studio's side; a service credit made up for it. */
  credit: DemoStory;
  /** Pay late: each leaves its latest invoice overdue. */
  latePayers: [number, number];
}

/**
 * Casts the billing stories on clients whose timelines already tell them (a worried call
 * about bookings, a broken contact form), so the invoices and the history agree. A seed
 * whose timelines lack a story still gets one, on a long-standing client.
 */
export function castBilling(
  rng: Random,
  clients: DemoClient[],
  today: string,
  timeZone: string,
): DemoBillingCast {
  const taken = new Set<number>();
  const active = clients.flatMap((client, index) => (client.profile.status === 'active' ? [index] : []));
  const take = (index: number) => {
    taken.add(index);
    return index;
  };
  const free = (minDays: number) =>
    active.filter((i) => !taken.has(i) && (clients[i] as DemoClient).since <= addDays(today, -minDays));

  const printer = active.find((i) => (clients[i] as DemoClient).profile.sellsTags.includes('printing'));
  const barter = take(printer ?? rng.pick(free(60)));

  const callsBetween = (phrase: RequestPhrase, from: string, to: string, leadDays: number) =>
    free(0).flatMap((client) => {
      const call = lastCall(clients[client] as DemoClient, phrase);
      const on = call && todayIn(call.at, timeZone);
      if (!on || on < from || on > to || (clients[client] as DemoClient).since > addDays(on, -leadDays))
        return [];
      return [{ client, on, answeredAt: call.answeredAt }];
    });
  // A story needs months of agreement before the call, and the call a while before today:
  // a recent call if the timelines have one, any call in them if not, and else a day made up.
  const story = (phrase: RequestPhrase, fromDays: number, toDays: number, leadDays: number): DemoStory => {
    for (const since of [fromDays, HISTORY_DAYS]) {
      const candidates = callsBetween(phrase, addDays(today, -since), addDays(today, -toDays), leadDays);
      if (candidates.length > 0) {
        const chosen = rng.pick(candidates);
        take(chosen.client);
        return chosen;
      }
    }
    const on = addDays(today, -rng.int(toDays, fromDays));
    const client = take(rng.pick(free(fromDays + leadDays)));
    return { client, on, answeredAt: localInstant(on, 17 * 60, timeZone) };
  };
  const holiday = story(BOOKINGS_DOWN, 110, 35, 60);
  const reduction = story(BOOKINGS_DOWN, 110, 35, 60);
  const credit = story(FORM_BROKEN, 80, 5, 40);
  const late = rng.shuffle(free(180));
  const latePayers: [number, number] = [take(late[0] as number), take(late[1] as number)];
  return { barter, holiday, reduction, credit, latePayers };
}

/** The client's latest call with this request, and when it was answered (the touch after it). */
function lastCall(client: DemoClient, phrase: RequestPhrase) {
  const first = client.profile.contact.split(' ')[0] as string;
  const summary = fillPhrase(phrase.summary, { first });
  const index = client.touches.findLastIndex((touch) => touch.summary === summary);
  const call = client.touches[index];
  if (!call) return null;
  const answer = client.touches[index + 1];
  return { at: call.at, answeredAt: answer?.at ?? call.at };
}
