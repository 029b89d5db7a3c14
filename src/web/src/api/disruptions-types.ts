import type { z } from 'zod';
import type {
  AddAffectedClientsInput,
  AddedClientsView,
  AffectedClientView,
  ListAffectedClientsQuery,
  removedClientView,
  updateAffectedClientBody,
} from '../../../features/disruptions/client-schemas.ts';
import type {
  DeclaredView,
  DisruptionSummaryView,
  DisruptionView,
  declareDisruptionBody,
  OutreachSummary,
  updateDisruptionBody,
} from '../../../features/disruptions/schemas.ts';
import type {
  ClientToTell,
  EstimateView,
  moveEstimateBody,
  PromiseHistoryView,
  setPromiseBody,
  TellView,
  tellClientsBody,
} from '../../../features/disruptions/time-frame-schemas.ts';

// Hard times on our side: a disruption, its affected clients and its time frame. These are
// the server's own zod schemas read as types only, so the screens cannot drift from the API.

export type Disruption = DisruptionView;
export type DisruptionSummary = DisruptionSummaryView;
export type DisruptionCounts = DisruptionView['counts'];
export type Declared = DeclaredView;
export type Outreach = OutreachSummary;
export type AffectedClient = AffectedClientView;
export type AffectedClientState = ListAffectedClientsQuery['state'];
export type AddedClients = AddedClientsView;
export type RemovedClient = z.infer<typeof removedClientView>;
export type EstimateResult = EstimateView;
export type ClientToTellRow = ClientToTell;
export type TellResult = TellView;
export type PromiseHistory = PromiseHistoryView['items'];

/** Requests, as the API takes them (before its defaults and trimming). */
export type DeclareInput = z.input<typeof declareDisruptionBody>;
export type DisruptionPatch = z.input<typeof updateDisruptionBody>;
export type AddClientsInput = AddAffectedClientsInput;
export type AffectedClientPatch = z.input<typeof updateAffectedClientBody>;
export type EstimateInput = z.input<typeof moveEstimateBody>;
export type PromiseInput = z.input<typeof setPromiseBody>;
export type TellInput = z.input<typeof tellClientsBody>;
