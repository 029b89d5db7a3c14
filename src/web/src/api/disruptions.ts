import { api } from './client.ts';
import type {
  AddClientsInput,
  AddedClients,
  AffectedClient,
  AffectedClientPatch,
  AffectedClientState,
  Declared,
  DeclareInput,
  Disruption,
  DisruptionPatch,
  DisruptionSummary,
  EstimateInput,
  EstimateResult,
  PromiseHistory,
  PromiseInput,
  RemovedClient,
  TellInput,
  TellResult,
} from './disruptions-types.ts';
import type { Page } from './types.ts';

/** Disruptions: declare, read, edit; affected clients; the time frame (step 4). */
export const disruptionsApi = {
  list: (
    params: { status?: 'active' | 'resolved' | ''; cursor?: string; limit?: number },
    signal?: AbortSignal,
  ) => api<Page<DisruptionSummary>>('/disruptions', { query: { ...params }, signal }),
  get: (id: string) => api<Disruption>(`/disruptions/${id}`),
  declare: (input: DeclareInput) => api<Declared>('/disruptions', { method: 'POST', body: input }),
  update: (id: string, patch: DisruptionPatch) =>
    api<Disruption>(`/disruptions/${id}`, { method: 'PATCH', body: patch }),

  clients: (
    id: string,
    params: {
      state?: AffectedClientState;
      /** Part of the name, case-insensitive. */
      q?: string;
      includeRemoved?: 'true' | 'false';
      cursor?: string;
      limit?: number;
    },
    signal?: AbortSignal,
  ) => api<Page<AffectedClient>>(`/disruptions/${id}/clients`, { query: { ...params }, signal }),
  addClients: (id: string, input: AddClientsInput) =>
    api<AddedClients>(`/disruptions/${id}/clients`, { method: 'POST', body: input }),
  updateClient: (id: string, clientId: string, patch: AffectedClientPatch) =>
    api<AffectedClient>(`/disruptions/${id}/clients/${clientId}`, { method: 'PATCH', body: patch }),
  removeClient: (id: string, clientId: string) =>
    api<RemovedClient>(`/disruptions/${id}/clients/${clientId}`, { method: 'DELETE' }),

  moveEstimate: (id: string, input: EstimateInput) =>
    api<EstimateResult>(`/disruptions/${id}/estimate`, { method: 'POST', body: input }),
  setPromise: (id: string, input: PromiseInput) =>
    api<Disruption>(`/disruptions/${id}/promise`, { method: 'POST', body: input }),
  tell: (id: string, input: TellInput) =>
    api<TellResult>(`/disruptions/${id}/tell`, { method: 'POST', body: input }),
  promises: (id: string) => api<{ items: PromiseHistory }>(`/disruptions/${id}/promises`),
};

/** Query keys: everything about one disruption starts with ['disruption', id]. */
export const disruptionKeys = {
  list: ['disruptions'] as const,
  one: (id: string) => ['disruption', id] as const,
  clients: (id: string, state: string) => ['disruption', id, 'clients', state] as const,
  promises: (id: string) => ['disruption', id, 'promises'] as const,
};
