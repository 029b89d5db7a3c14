import { todayIn } from '../calendar/today-in.ts';
import type { DemoClientProfile } from './demo-clients.ts';
import {
  CHECK_INS,
  HARD_TIMES,
  MEETINGS,
  NOTES,
  type RequestPhrase,
  SOURCES,
  TEXTS,
  UPDATES,
} from './demo-phrases.ts';
import type { DemoTouch } from './demo-plan.ts';
import { addDays, monthName, monthsBefore } from './demo-time.ts';
import { type Timeline, type TimelineInput, timeline } from './demo-timeline.ts';
import type { Random } from './seeded-random.ts';

/** How far back the timeline of a long-standing client goes. */
export const HISTORY_DAYS = 180;

export interface HistoryInput extends TimelineInput {
  since: string;
  today: string;
  /** A request nobody has answered yet, logged last; the history stops the day before. */
  openRequest?: { at: Date; phrase: RequestPhrase } | undefined;
  /**
   * When a disruption started for this client: the routine's touches from then on are left
   * out, since the disruption's own story (`demo-disruption.ts`) is what follows. They are
   * drawn all the same, so the rest of the demo comes out as it would without it.
   */
  quietFrom?: Date | undefined;
}

export interface ClientHistory {
  /** Oldest first. */
  touches: DemoTouch[];
  /** The day a paused client asked for a break or a cancelled one left; null otherwise. */
  endedOn: string | null;
}

/** A believable timeline for one client: routine work, requests and answers, and the status's story. */
export function clientHistory(input: HistoryInput): ClientHistory {
  const { rng, profile, since, today, timeZone, openRequest, quietFrom } = input;
  const write = timeline(input);
  const windowStart = since > addDays(today, -HISTORY_DAYS) ? since : addDays(today, -HISTORY_DAYS);
  let endedOn: string | null = null;
  if (profile.status === 'prospect') {
    prospectStory(write, rng, since, today);
  } else if (profile.status === 'active') {
    // A late answer can spill past midnight: the routine stops a clear day before an open request.
    const lastDay = openRequest ? addDays(todayIn(openRequest.at, timeZone), -1) : today;
    routine(write, rng, profile, since, windowStart, lastDay);
  } else {
    endedOn = addDays(today, profile.status === 'paused' ? -rng.int(20, 75) : -rng.int(15, 120));
    routine(
      write,
      rng,
      profile,
      since,
      windowStart,
      addDays(endedOn, profile.status === 'paused' ? -5 : -21),
    );
    endingStory(write, rng, profile, endedOn, today);
  }
  if (openRequest) {
    const { at, phrase } = openRequest;
    write.add(at, phrase.channel, 'inbound', phrase.summary, todayIn(at, timeZone), phrase.body);
  }
  // Requests come in business hours and are answered by the small hours, so a quiet time
  // starting before the working day never parts a request from its answer.
  const kept = quietFrom ? write.touches.filter((touch) => touch.at < quietFrom) : write.touches;
  return { touches: kept.sort((a, b) => a.at.getTime() - b.at.getTime()), endedOn };
}

/** Ordinary months: updates, requests answered, meetings, check-ins, notes, and a card on big anniversaries. */
function routine(
  write: Timeline,
  rng: Random,
  profile: DemoClientProfile,
  since: string,
  from: string,
  to: string,
) {
  if (from === since)
    write.on(since, 'call', 'outbound', 'Welcome call: goals for the first 90 days with {first}');
  for (let day = addDays(from, rng.int(2, 14)); day < to; day = addDays(day, rng.int(9, 30))) {
    const roll = rng.next();
    if (roll < 0.3) write.request(day, write.freshRequest());
    else if (roll < 0.52) write.on(day, 'email', 'outbound', write.fresh(UPDATES));
    else if (roll < 0.64) {
      const meeting = write.fresh(MEETINGS);
      write.on(day, meeting.channel, 'outbound', meeting.summary, meeting.body);
    } else if (roll < 0.76) write.on(day, 'call', 'outbound', write.fresh(CHECK_INS));
    else if (roll < 0.86) write.on(day, 'note', 'internal', write.fresh(NOTES));
    else if (roll < 0.94) write.on(day, 'sms', 'outbound', write.fresh(TEXTS));
    else write.on(day, 'other', 'outbound', "Dropped off printed samples at {first}'s");
  }
  for (let years = 3; years * 12 <= profile.tenureMonths; years++) {
    const anniversary = monthsBefore(since, -12 * years);
    if (anniversary >= from && anniversary < to)
      write.on(anniversary, 'letter', 'outbound', `Handwritten card: ${years} years together, thank you`);
  }
}

/** An enquiry, an intro call, a proposal, perhaps a walk-through. */
function prospectStory(write: Timeline, rng: Random, since: string, today: string) {
  write.request(since, {
    channel: rng.pick(['email', 'call'] as const),
    summary: `Enquiry: {first} found us through ${rng.pick(SOURCES)}`,
    answerChannel: 'call',
    answer: 'Intro call: {first} wants help with the {work}',
  });
  const proposal = addDays(since, rng.int(3, 8));
  if (proposal < today) write.on(proposal, 'email', 'outbound', 'Sent a proposal for the {work}');
  const walkThrough = addDays(proposal, rng.int(2, 6));
  if (walkThrough < today && rng.chance(0.6))
    write.on(walkThrough, 'meeting_video', 'outbound', 'Proposal walk-through with {first}');
}

/** "The call": a paused client asked for a break; a cancelled one left, and we wrote down why. */
function endingStory(
  write: Timeline,
  rng: Random,
  profile: DemoClientProfile,
  endedOn: string,
  today: string,
) {
  const reason = rng.pick(HARD_TIMES);
  if (profile.status === 'paused') {
    write.request(endedOn, {
      channel: 'call',
      summary: '{first} called: money is tight and asked to pause',
      body: `Honest conversation: ${reason}. We talked through a payment holiday and a pause; {first} prefers to pause the {work} for now and keep in touch.`,
      answerChannel: 'call',
      answer: `Agreed a pause until ${monthName(endedOn, 3)}, with a monthly check-in meanwhile`,
    });
    const checkIn = addDays(endedOn, 30);
    if (checkIn < today)
      write.on(checkIn, 'email', 'outbound', 'Monthly check-in while paused: shared two free ideas');
    return;
  }
  write.request(endedOn, {
    channel: 'call',
    summary: '{first} called to cancel',
    body: `Budget cut: ${reason}. Listened first, then offered a three-month reduction; {first} said no for now. Thanked them for {years} years together and left the door open.`,
    answerChannel: 'email',
    answer: 'Exit note: thanked {first} and sent over every file and login',
  });
  const lesson =
    'Lost {name}: we had not spoken for three weeks before the call. Monthly check-ins for every retainer.';
  write.on(addDays(endedOn, 2), 'note', 'internal', lesson);
}
