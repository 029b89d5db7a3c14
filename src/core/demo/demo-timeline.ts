import type { Channel, Direction } from '../interactions/channels.ts';
import type { DemoClientProfile } from './demo-clients.ts';
import { fillPhrase, REQUESTS, type RequestPhrase, workFor } from './demo-phrases.ts';
import type { DemoTouch, DemoUserKey } from './demo-plan.ts';
import { localInstant, monthName, nextSeason } from './demo-time.ts';
import type { Random } from './seeded-random.ts';

export interface TimelineInput {
  rng: Random;
  profile: DemoClientProfile;
  timeZone: string;
  owner: DemoUserKey;
  /** Who else sometimes takes the call. */
  helpers: DemoUserKey[];
}

const MINUTE = 60_000;

/** Writes one client's timeline: the phrases filled for this client, at believable times. */
export type Timeline = ReturnType<typeof timeline>;

export function timeline({ rng, profile, timeZone, owner, helpers }: TimelineInput) {
  const touches: DemoTouch[] = [];
  const works = workFor(profile.tags);
  const values = (date: string) => ({
    first: profile.contact.split(' ')[0] as string,
    // One piece of work per day, so a request and its answer talk about the same thing.
    work: works[Number(date.slice(8, 10)) % works.length] as string,
    prev: monthName(date, -1),
    season: nextSeason(date),
    name: profile.name,
    years: String(Math.max(1, Math.floor(profile.tenureMonths / 12))),
  });
  const fill = (template: string, date: string) => fillPhrase(template, values(date));
  // A client hears each phrase once before any repeats: nobody asks the same thing every month.
  const used = new Set<unknown>();
  const fresh = <T>(items: readonly T[]): T => {
    const unused = items.filter((item) => !used.has(item));
    const item = rng.pick(unused.length ? unused : items);
    used.add(item);
    return item;
  };
  const by = () => (helpers.length && rng.chance(0.2) ? rng.pick(helpers) : owner);

  const write = {
    touches,
    fill,
    fresh,
    freshRequest(): RequestPhrase {
      const phrase = fresh(REQUESTS);
      return phrase.isRare && rng.chance(0.8) ? write.freshRequest() : phrase;
    },
    /** A moment in business hours on `date`, in the workspace's zone. */
    during: (date: string) => localInstant(date, rng.int(9 * 60, 16 * 60 + 30), timeZone),
    add(at: Date, channel: Channel, direction: Direction, template: string, date: string, body?: string) {
      touches.push({
        at,
        channel,
        direction,
        summary: fill(template, date),
        body: body ? fill(body, date) : null,
        by: by(),
      });
    },
    /** A touch on `date`, in business hours. */
    on(date: string, channel: Channel, direction: Direction, template: string, body?: string) {
      write.add(write.during(date), channel, direction, template, date, body);
    },
    /** An inbound request and its answer, mostly within the four-hour policy, a few late as in real life. */
    request(date: string, phrase: RequestPhrase) {
      const at = write.during(date);
      write.add(at, phrase.channel, 'inbound', phrase.summary, date, phrase.body);
      const delay = rng.chance(0.15) ? rng.int(5 * 60, 9 * 60) : rng.int(20, 210);
      write.add(
        new Date(at.getTime() + delay * MINUTE),
        phrase.answerChannel,
        'outbound',
        phrase.answer,
        date,
      );
    },
  };
  return write;
}
