import { api } from './client.ts';
import type { Client, ClientDetail, ClientKind, ClientStatus, Page } from './types.ts';

export type ClientSort = 'name' | '-name' | 'created' | '-created';

export interface ClientListParams {
  q?: string;
  status?: ClientStatus | '';
  tag?: string;
  archived?: 'false' | 'true' | 'all';
  sort?: ClientSort;
  limit?: number;
  cursor?: string;
}

export interface ClientInput {
  kind?: ClientKind;
  name?: string;
  company?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  website?: string | null;
  status?: ClientStatus;
  tags?: string[];
  sells?: string | null;
  notes?: string | null;
  since?: string;
}

export const clientsApi = {
  list: (params: ClientListParams, signal?: AbortSignal) =>
    api<Page<Client>>('/clients', { query: { ...params }, signal }),
  get: (id: string) => api<ClientDetail>(`/clients/${id}`),
  create: (input: ClientInput) => api<Client>('/clients', { method: 'POST', body: input }),
  update: (id: string, patch: ClientInput) => api<Client>(`/clients/${id}`, { method: 'PATCH', body: patch }),
  archive: (id: string) => api<Client>(`/clients/${id}/archive`, { method: 'POST', body: {} }),
  unarchive: (id: string) => api<Client>(`/clients/${id}/unarchive`, { method: 'POST', body: {} }),
};
