// The shapes the REST API returns (see the API docs at /api/docs). Instants are ISO strings.
// Billing's shapes are in billing-types.ts, the save desk's in saves-types.ts.

import type { DisruptionSummary } from './disruptions-types.ts';
import type { BillingReturn } from './saves-types.ts';

export type Role = 'owner' | 'staff' | 'stand_in';
export type ClientStatus = 'prospect' | 'active' | 'paused' | 'cancelled';
export type ClientKind = 'person' | 'business';
export type Direction = 'inbound' | 'outbound' | 'internal';
export type Channel =
  | 'call'
  | 'email'
  | 'letter'
  | 'note'
  | 'fax'
  | 'voicemail'
  | 'sms'
  | 'meeting_in_person'
  | 'meeting_video'
  | 'other';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface Workspace {
  id: string;
  name: string;
  currency: string;
  timezone: string;
}

export interface Me {
  user: User;
  workspace: Workspace;
}

export interface Client {
  id: string;
  kind: ClientKind;
  name: string;
  company: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  website: string | null;
  status: ClientStatus;
  ownerUserId: string | null;
  tags: string[];
  sells: string | null;
  sellsTags: string[];
  notes: string | null;
  since: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ClientSummary {
  tenureDays: number;
  lastContactAt: string | null;
  openCallbacks: number;
  overdueCallbacks: number;
  openTasks: number;
}

export type ClientDetail = Client & { summary: ClientSummary };

export interface PersonRef {
  id: string;
  name: string;
}

export interface Interaction {
  id: string;
  clientId: string;
  channel: Channel;
  direction: Direction;
  occurredAt: string;
  summary: string;
  body: string | null;
  user: PersonRef | null;
  createdAt: string;
  callback: { id: string; dueAt: string; answeredAt: string | null } | null;
}

export interface Callback {
  id: string;
  clientId: string;
  clientName: string;
  openedAt: string;
  dueAt: string;
  answeredAt: string | null;
  isOverdue: boolean;
  request: { channel: Channel; summary: string };
}

export interface Task {
  id: string;
  title: string;
  notes: string | null;
  clientId: string | null;
  clientName: string | null;
  assignee: PersonRef | null;
  dueOn: string | null;
  doneAt: string | null;
  createdAt: string;
  isOverdue: boolean;
}

export interface Today {
  overdueCallbacks: Callback[];
  dueCallbacks: Callback[];
  tasksDue: Task[];
  recentActivity: (Interaction & { clientName: string })[];
  counts: {
    clients: number;
    activeClients: number;
    openCallbacks: number;
    overdueCallbacks: number;
    openTasks: number;
  };
  /** Monthly recurring revenue today; null for a stand-in, who does not see money. */
  mrr: { amountMinor: number; currency: string; agreements: number } | null;
  /** Save-desk holidays, pauses and reductions ending within two weeks; empty for a stand-in. */
  billingReturns: BillingReturn[];
  /** Active disruptions the actor works on, with what their clients still need. */
  hardTimes: DisruptionSummary[];
}

export interface ResponsePolicy {
  callbackHours: number;
  businessHoursOnly: boolean;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  workdays: number[];
  dayStart: string;
  dayEnd: string;
}

export interface Settings {
  workspace: { name: string; currency: string; timezone: string };
  responsePolicy: ResponsePolicy;
}

export interface WorkspaceUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt?: string;
  expiresAt: string | null;
  lastUsedAt?: string | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: PersonRef | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface ImportIssue {
  line: number;
  field: string;
  message: string;
}

export interface ImportResult {
  imported: number;
  skipped: number;
  errors: ImportIssue[];
}
