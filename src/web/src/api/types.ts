// The shapes the REST API returns (see the API docs at /api/docs). Instants are ISO strings.

import type { z } from 'zod';
import type { InvoiceState } from '../../../core/ledger/invoice-state.ts';
import type { PaymentMethod } from '../../../core/ledger/payment-methods.ts';
import type { PolicyPatch, PolicyView } from '../../../features/policy/schemas.ts';
import type {
  AcceptedOfferView,
  ActiveAdjustmentsView,
  createSaveCaseBody,
  OfferPreviewView,
  OfferView,
  outcomeBody,
  ProposedOfferView,
  proposeOfferBody,
  RelationshipView,
  SaveCaseSummaryView,
  SaveCaseView,
  SaveFiguresView,
  updateSaveCaseBody,
} from '../../../features/saves/schemas.ts';
import type { BillingReturnView } from '../../../features/today/schemas.ts';

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

export interface ImportPreview {
  columns: string[];
  mapping: Record<string, string>;
  rows: number;
  sample: Partial<Client>[];
  errors: ImportIssue[];
  valid: number;
}

export interface ImportResult {
  imported: number;
  skipped: number;
  errors: ImportIssue[];
}

// Billing. Money is integer minor units of `currency` (cents; yen have none), never floats.

export type BillingInterval = 'month' | 'quarter' | 'year';
export type { InvoiceState, PaymentMethod };

export interface Plan {
  id: string;
  name: string;
  priceMinor: number;
  interval: BillingInterval;
  currency: string;
  archivedAt: string | null;
  createdAt: string;
}

export type AdjustmentKind =
  | 'payment_holiday'
  | 'pause'
  | 'reduction'
  | 'price_change'
  | 'free_period'
  | 'cancellation';

export interface AgreementAdjustment {
  id: string;
  kind: AdjustmentKind;
  /** The first period it applies to; period 0 starts on the agreement's start date. */
  fromPeriod: number;
  /** The kind's own fields: `periods`, `basisPoints`, `priceMinor`, `description`. */
  terms: { periods?: number; basisPoints?: number; priceMinor?: number; description?: string };
  reason: string | null;
  createdAt: string;
}

export interface AgreementCredit {
  id: string;
  amountMinor: number;
  usedMinor: number;
  fromPeriod: number;
  description: string;
}

export type AgreementStatus = 'active' | 'ended' | 'cancelled';

export interface Agreement {
  id: string;
  clientId: string;
  clientName: string;
  plan: { id: string; name: string } | null;
  description: string;
  priceMinor: number;
  interval: BillingInterval;
  currency: string;
  startsOn: string;
  termEnd: string | null;
  /** The end once holidays, pauses and a cancellation are applied; null while open-ended. */
  effectiveEnd: string | null;
  /** What the client has committed to stay through (moved by holidays); null if nothing. */
  commitmentEnd: string | null;
  status: AgreementStatus;
  adjustments: AgreementAdjustment[];
  credits: AgreementCredit[];
  createdAt: string;
}

export interface BillLine {
  kind: string;
  description: string;
  amountMinor: number;
  sourceId: string | null;
}

export interface PeriodBill {
  periodIndex: number;
  start: string;
  end: string;
  /** "invoice" when the period is billed; otherwise why not. */
  outcome: 'invoice' | 'paused' | 'cancelled' | 'after_end';
  lines: BillLine[];
  totalMinor: number;
  /** The invoice already issued for this period, if any. */
  invoiceId: string | null;
}

export interface AgreementPreview {
  agreementId: string;
  currency: string;
  periods: PeriodBill[];
  totalMinor: number;
}

export interface BillingRun {
  id: string;
  throughDate: string;
  status: 'running' | 'finished' | 'failed' | 'interrupted';
  startedAt: string;
  finishedAt: string | null;
  agreementsSeen: number;
  invoicesCreated: number;
  totalMinor: number;
  currency: string;
  error: string | null;
  actorLabel: string;
}

export interface Invoice {
  id: string;
  number: number;
  clientId: string;
  clientName: string;
  agreementId: string;
  periodIndex: number;
  periodStart: string;
  periodEnd: string;
  issuedOn: string;
  dueOn: string;
  currency: string;
  totalMinor: number;
  paidMinor: number;
  /** What is still owed; zero once paid or void. */
  outstandingMinor: number;
  status: InvoiceState;
  isOverdue: boolean;
  daysOverdue: number;
  replacesInvoiceId: string | null;
  voidedAt: string | null;
  voidReason: string | null;
  createdAt: string;
}

export interface InvoiceDetail extends Invoice {
  lines: {
    lineNo: number;
    kind: string;
    description: string;
    amountMinor: number;
    sourceId: string | null;
  }[];
  payments: {
    paymentId: string;
    method: PaymentMethod;
    receivedOn: string;
    reference: string | null;
    paymentAmountMinor: number;
    allocatedMinor: number;
  }[];
  replacedBy: { id: string; number: number } | null;
}

export interface VoidInvoiceResult {
  invoice: InvoiceDetail;
  unallocated: { paymentId: string; amountMinor: number }[];
  replacement: Invoice | null;
  replacementNote: string;
}

export interface AgingTotals {
  current: number;
  days1To30: number;
  days31To60: number;
  days61To90: number;
  days90Plus: number;
  total: number;
}

export interface Aging {
  asOf: string;
  currency: string;
  totals: AgingTotals;
  clients: (AgingTotals & { clientId: string; clientName: string; oldestDaysPastDue: number })[];
}

export interface Payment {
  id: string;
  clientId: string;
  clientName: string;
  receivedOn: string;
  method: PaymentMethod;
  amountMinor: number;
  exchangeFeeMinor: number;
  reference: string | null;
  note: string | null;
  allocations: { invoiceId: string; invoiceNumber: number; amountMinor: number }[];
  /** The part not on any invoice: held as the client's credit balance. */
  creditMinor: number;
  createdAt: string;
}

export interface ClientBalance {
  clientId: string;
  currency: string;
  receivableMinor: number;
  overdueMinor: number;
  creditBalanceMinor: number;
  creditReservedMinor: number;
  creditAvailableMinor: number;
  deferredHolidayMinor: number;
  barterOwedMinor: number;
}

// The save desk ("the call"). These shapes are the server's own zod schemas, read as types
// only (nothing of the server reaches the bundle), so the screens cannot drift from the API.

/** A save case with the relationship first, then its offers and any post-mortem. */
export type SaveCase = SaveCaseView;
export type SaveCaseSummary = SaveCaseSummaryView;
export type SaveCaseStatus = SaveCase['status'];
export type Relationship = RelationshipView;
export type SaveOffer = OfferView;
export type OfferKind = SaveOffer['kind'];
/** The next 12 invoices without and with an offer, and what it does to revenue. */
export type OfferPreview = OfferPreviewView;
export type ProposedOffer = ProposedOfferView;
export type AcceptedOffer = AcceptedOfferView;
export type ActiveAdjustments = ActiveAdjustmentsView;
export type ActiveAdjustment = ActiveAdjustments['items'][number];
export type SaveFigures = SaveFiguresView;
/** The workspace's save policy and its reason taxonomy (`GET /policy`). */
export type SavePolicySettings = PolicyView;
export type SavePolicy = PolicyView['saves'];
export type SaveReason = PolicyView['saveReasons'][number];

/** Requests, as the API takes them (before its defaults and trimming). */
export type SaveCaseInput = z.input<typeof createSaveCaseBody>;
export type SaveCasePatch = z.input<typeof updateSaveCaseBody>;
export type OfferInput = z.input<typeof proposeOfferBody>;
export type OutcomeInput = z.input<typeof outcomeBody>;
export type SavePolicyPatch = PolicyPatch;
/** Today's follow-through: "billing returns to normal on …" for an offer about to end. */
export type BillingReturn = BillingReturnView;
