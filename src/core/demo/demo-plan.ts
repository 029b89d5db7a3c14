import type { Role } from '../auth/actor.ts';
import type { Channel, Direction } from '../interactions/channels.ts';
import type { DemoBilling } from './demo-billing.ts';
import type { DemoClientProfile } from './demo-clients.ts';
import type { DemoDisruption } from './demo-disruption-acts.ts';

/** The demo's people: the owner (whose e-mail and password the caller chooses) and the team. */
export type DemoUserKey = 'owner' | 'sam' | 'priya' | 'jordan';

export interface DemoUser {
  key: Exclude<DemoUserKey, 'owner'>;
  name: string;
  email: string;
  role: Role;
}

export const DEMO_WORKSPACE_NAME = 'Harbor & Pine Studio';
export const DEMO_OWNER = { name: 'Alex Morgan', email: 'owner@harborpine.example' };
/** The studio bills in US dollars: every price and amount of the demo is in cents. */
export const DEMO_CURRENCY = 'USD';

export const DEMO_TEAM: readonly DemoUser[] = [
  { key: 'sam', name: 'Sam Rivera', email: 'sam@harborpine.example', role: 'staff' },
  { key: 'priya', name: 'Priya Shah', email: 'priya@harborpine.example', role: 'staff' },
  { key: 'jordan', name: 'Jordan Lee', email: 'jordan@harborpine.example', role: 'stand_in' },
];

/** One touch on a client's timeline, logged by `by`. */
export interface DemoTouch {
  at: Date;
  channel: Channel;
  direction: Direction;
  summary: string;
  body: string | null;
  by: DemoUserKey;
}

export interface DemoClient {
  profile: DemoClientProfile;
  email: string;
  phone: string | null;
  website: string | null;
  address: string | null;
  notes: string | null;
  since: string;
  owner: DemoUserKey;
  /** Oldest first: logging them in this order answers each request with the reply after it. */
  touches: DemoTouch[];
  /** The day a paused client asked for a break or a cancelled one left; null otherwise. */
  endedOn: string | null;
  /** Whether the stand-in is assigned to this client. */
  standIn: boolean;
}

export interface DemoTask {
  title: string;
  /** Index into the plan's clients, or null for a task on no client. */
  client: number | null;
  assignee: DemoUserKey;
  dueOn: string | null;
  /** When it was done; null while open. */
  doneAt: Date | null;
}

/** Everything the demo workspace holds, computed without I/O from a seed and a moment. */
export interface DemoPlan {
  workspaceName: string;
  timeZone: string;
  /** The workspace's currency: every amount of the billing is in its minor units. */
  currency: string;
  today: string;
  team: readonly DemoUser[];
  clients: DemoClient[];
  tasks: DemoTask[];
  /** The price list, the agreements, what they invoice and how it was paid. */
  billing: DemoBilling;
  /** Hard times on our side: one active disruption, ten days in. */
  disruption: DemoDisruption;
}
