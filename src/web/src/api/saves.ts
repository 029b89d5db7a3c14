import { api } from './client.ts';
import type {
  AcceptedOffer,
  ActiveAdjustments,
  OfferInput,
  OfferPreview,
  OutcomeInput,
  ProposedOffer,
  SaveCase,
  SaveCaseInput,
  SaveCasePatch,
  SaveCaseStatus,
  SaveCaseSummary,
  SaveFigures,
  SaveOffer,
  SavePolicyPatch,
  SavePolicySettings,
} from './saves-types.ts';
import type { Page } from './types.ts';

export interface SaveCaseListParams {
  status?: SaveCaseStatus | '';
  clientId?: string;
  reason?: string;
  /** Calls on or after / before these instants (ISO). */
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string;
}

/** "The call": save cases, their offers (previewed, then accepted or declined) and outcomes. */
export const savesApi = {
  list: (params: SaveCaseListParams, signal?: AbortSignal) =>
    api<Page<SaveCaseSummary>>('/saves', { query: { ...params }, signal }),
  get: (id: string) => api<SaveCase>(`/saves/${id}`),
  create: (input: SaveCaseInput) => api<SaveCase>('/saves', { method: 'POST', body: input }),
  update: (id: string, patch: SaveCasePatch) =>
    api<SaveCase>(`/saves/${id}`, { method: 'PATCH', body: patch }),
  /** Puts an offer on the table: refused with 422 (naming the policy) beyond the policy. */
  propose: (id: string, input: OfferInput) =>
    api<ProposedOffer>(`/saves/${id}/offers`, { method: 'POST', body: input }),
  preview: (id: string, offerId: string) => api<OfferPreview>(`/saves/${id}/offers/${offerId}/preview`),
  accept: (id: string, offerId: string) =>
    api<AcceptedOffer>(`/saves/${id}/offers/${offerId}/accept`, { method: 'POST', body: {} }),
  decline: (id: string, offerId: string) =>
    api<SaveOffer>(`/saves/${id}/offers/${offerId}/decline`, { method: 'POST', body: {} }),
  recordOutcome: (id: string, input: OutcomeInput) =>
    api<SaveCase>(`/saves/${id}/outcome`, { method: 'POST', body: input }),
  figures: (params: { from?: string; to?: string } = {}) =>
    api<SaveFigures>('/saves/figures', { query: { ...params } }),
  /** Holidays, pauses and reductions in effect today on the client's agreements. */
  activeAdjustments: (clientId: string) => api<ActiveAdjustments>(`/clients/${clientId}/adjustments/active`),
};

/** The owner's save policy (how far offers go without them) and the reasons taxonomy. */
export const policyApi = {
  get: () => api<SavePolicySettings>('/policy'),
  update: (patch: SavePolicyPatch) => api<SavePolicySettings>('/policy', { method: 'PATCH', body: patch }),
};
