import { todayIn } from '../calendar/today-in.ts';
import { buildDemoBilling } from './build-demo-billing.ts';
import { DEMO_CLIENTS, type DemoClientProfile } from './demo-clients.ts';
import { affectedClients, demoDisruption, disruptionDeclaredAt } from './demo-disruption.ts';
import { clientHistory } from './demo-history.ts';
import { REQUESTS } from './demo-phrases.ts';
import {
  DEMO_CURRENCY,
  DEMO_TEAM,
  DEMO_WORKSPACE_NAME,
  type DemoClient,
  type DemoPlan,
  type DemoUserKey,
} from './demo-plan.ts';
import { demoTasks } from './demo-tasks.ts';
import { addDays, monthsBefore } from './demo-time.ts';
import { type Random, seededRandom } from './seeded-random.ts';

export interface DemoPlanOptions {
  /** The same seed (and the same `now` and zone) gives the same workspace. */
  seed: number;
  now: Date;
  timeZone: string;
  /** Days from an invoice's issue to its due date, as the billing run sets them. */
  paymentTermsDays: number;
}

// Hours ago that the requests still waiting for an answer came in. With the default
// four-hour policy the first two are overdue and the others are due soon.
const OPEN_REQUEST_HOURS = [27, 6, 3.5, 2, 0.75];
// They may have come in at night, whenever the demo runs: messages, not calls.
const WRITTEN_REQUESTS = REQUESTS.filter((phrase) => ['email', 'voicemail', 'sms'].includes(phrase.channel));
const STAND_IN_CLIENTS = 4;
// The billing side draws from a stream of its own, so it can change without reshuffling the timelines.
const BILLING_STREAM = 0x0b111;
const STREETS = ['Wharf Street', 'Mill Lane', 'Harbor Road', 'Chapel Street', 'Market Square', 'Quay Road'];

/**
 * Plans a living demo workspace: fifty clients with their timelines, a few requests
 * still waiting for a callback, the team's tasks, the billing (agreements, invoices and
 * payments) and one active disruption. Pure: the clock is an argument.
 */
export function buildDemoPlan(options: DemoPlanOptions): DemoPlan {
  const rng = seededRandom(options.seed);
  const today = todayIn(options.now, options.timeZone);
  const owners: DemoUserKey[] = ['owner', 'owner', 'sam', 'priya'];
  const clients = DEMO_CLIENTS.map((profile) => describeClient(rng, profile, today, rng.pick(owners)));

  const active = rng.shuffle(clients.flatMap((client, i) => (client.profile.status === 'active' ? [i] : [])));
  const openRequests = new Map(
    OPEN_REQUEST_HOURS.map((hours, n) => [
      active[n] as number,
      { at: new Date(options.now.getTime() - hours * 3_600_000), phrase: rng.pick(WRITTEN_REQUESTS) },
    ]),
  );
  const standIns = new Set(
    active.slice(OPEN_REQUEST_HOURS.length, OPEN_REQUEST_HOURS.length + STAND_IN_CLIENTS),
  );
  const affected = affectedClients(active, standIns, new Set(openRequests.keys()));
  const declaredAt = disruptionDeclaredAt(today, options.timeZone);
  const isAffected = new Set(affected);

  clients.forEach((client, index) => {
    client.standIn = standIns.has(index);
    const team: DemoUserKey[] = ['owner', 'sam', 'priya'];
    const history = clientHistory({
      rng,
      profile: client.profile,
      since: client.since,
      today,
      timeZone: options.timeZone,
      owner: client.owner,
      helpers: [
        ...team.filter((key) => key !== client.owner),
        ...(client.standIn ? ['jordan' as const] : []),
      ],
      openRequest: openRequests.get(index),
      quietFrom: isAffected.has(index) ? declaredAt : undefined,
    });
    client.touches = history.touches;
    client.endedOn = history.endedOn;
  });
  return {
    workspaceName: DEMO_WORKSPACE_NAME,
    timeZone: options.timeZone,
    currency: DEMO_CURRENCY,
    today,
    team: DEMO_TEAM,
    clients,
    tasks: demoTasks(rng, clients, today, options.timeZone),
    billing: buildDemoBilling({
      rng: seededRandom(options.seed + BILLING_STREAM),
      clients,
      today,
      timeZone: options.timeZone,
      currency: DEMO_CURRENCY,
      paymentTermsDays: options.paymentTermsDays,
    }),
    disruption: demoDisruption({ clients, affected, today, timeZone: options.timeZone }),
  };
}

function describeClient(
  rng: Random,
  profile: DemoClientProfile,
  today: string,
  owner: DemoUserKey,
): DemoClient {
  const domain = `${slug(profile.company ?? profile.name)}.example`;
  const first = slug(profile.contact.split(' ')[0] as string);
  const isProspect = profile.status === 'prospect';
  const since = isProspect
    ? addDays(today, -rng.int(7, 45))
    : addDays(monthsBefore(today, profile.tenureMonths), -rng.int(0, 27));
  return {
    profile,
    email: `${first}@${domain}`,
    phone: rng.chance(0.85) ? `(555) 01${rng.int(0, 9)}-${String(rng.int(0, 9999)).padStart(4, '0')}` : null,
    website: profile.kind === 'business' || profile.company ? `https://${domain}` : null,
    address: profile.kind === 'business' ? `${rng.int(1, 240)} ${rng.pick(STREETS)}, Harborview` : null,
    notes: profile.kind === 'business' ? `Main contact: ${profile.contact}.` : null,
    since,
    owner,
    touches: [],
    endedOn: null,
    standIn: false,
  };
}

/** "Anaïs Dubois Photography" → "anaisduboisphotography": a plausible e-mail domain. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
