import { api } from './client.ts';
import type {
  Assignment,
  Digest,
  Report,
  ReportInput,
  ReportStatus,
  ReviewInput,
  StandIn,
  StandInClient,
} from './disruption-oversight-types.ts';
import type { Page } from './types.ts';

const base = (disruptionId: string) => `/disruptions/${disruptionId}`;

export const oversightApi = {
  standIns: (disruptionId: string) => api<{ items: StandIn[] }>(`${base(disruptionId)}/stand-ins`),
  clients: (disruptionId: string, params: { standIn?: string; cursor?: string; limit?: number } = {}) =>
    api<Page<StandInClient>>(`${base(disruptionId)}/stand-ins/clients`, { query: { limit: 100, ...params } }),
  assign: (disruptionId: string, assignments: Assignment[]) =>
    api<{ changed: number; unchanged: number }>(`${base(disruptionId)}/stand-ins`, {
      method: 'PUT',
      body: { assignments },
    }),
  reports: (
    disruptionId: string,
    params: { status?: ReportStatus | ''; clientId?: string; authorUserId?: string; cursor?: string } = {},
  ) => api<Page<Report>>(`${base(disruptionId)}/reports`, { query: { limit: 50, ...params } }),
  file: (disruptionId: string, clientId: string, input: ReportInput) =>
    api<Report>(`${base(disruptionId)}/clients/${clientId}/reports`, { method: 'POST', body: input }),
  review: (disruptionId: string, reportId: string, input: ReviewInput) =>
    api<Report>(`${base(disruptionId)}/reports/${reportId}/review`, { method: 'POST', body: input }),
  digest: (disruptionId: string, params: { from?: string; to?: string } = {}) =>
    api<Digest>(`${base(disruptionId)}/stand-ins/digest`, { query: params }),
};

export const oversightKeys = {
  all: (disruptionId: string) => ['disruption', disruptionId, 'oversight'] as const,
  standIns: (disruptionId: string) => ['disruption', disruptionId, 'oversight', 'stand-ins'] as const,
  clients: (disruptionId: string, standIn: string) =>
    ['disruption', disruptionId, 'oversight', 'clients', standIn] as const,
  reports: (disruptionId: string, filter: string) =>
    ['disruption', disruptionId, 'oversight', 'reports', filter] as const,
  digest: (disruptionId: string) => ['disruption', disruptionId, 'oversight', 'digest'] as const,
};
