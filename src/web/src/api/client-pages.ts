import { api } from './client.ts';
import type { ClientPageLink, ClientPagesList, IssuedLink } from './client-pages-types.ts';

export interface ClientPagesParams {
  q?: string;
  cursor?: string;
  limit?: number;
}

export const clientPagesApi = {
  list: (disruptionId: string, params: ClientPagesParams = {}, signal?: AbortSignal) =>
    api<ClientPagesList>(`/disruptions/${disruptionId}/client-pages`, { query: { ...params }, signal }),
  issue: (disruptionId: string, clientId: string, revokeOthers = false) =>
    api<IssuedLink>(`/disruptions/${disruptionId}/clients/${clientId}/client-page`, {
      method: 'POST',
      body: { revokeOthers },
    }),
  revoke: (disruptionId: string, linkId: string) =>
    api<ClientPageLink>(`/disruptions/${disruptionId}/client-pages/${linkId}/revoke`, { method: 'POST' }),
};
