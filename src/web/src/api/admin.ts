import { api } from './client.ts';
import type { ApiToken, AuditEntry, Page, Role, Settings, WorkspaceUser } from './types.ts';

export type SettingsPatch = {
  workspace?: Partial<Settings['workspace']>;
  responsePolicy?: Partial<Settings['responsePolicy']>;
};

export const settingsApi = {
  get: () => api<Settings>('/settings'),
  update: (patch: SettingsPatch) => api<Settings>('/settings', { method: 'PATCH', body: patch }),
};

export const usersApi = {
  list: async () => {
    // The list may come bare or paged; both are accepted so the screen does not care.
    const result = await api<WorkspaceUser[] | Page<WorkspaceUser>>('/users');
    return Array.isArray(result) ? result : result.items;
  },
  create: (input: { name: string; email: string; role: Role; password: string }) =>
    api<WorkspaceUser>('/users', { method: 'POST', body: input }),
  update: (id: string, patch: { name?: string; role?: Role; disabled?: boolean }) =>
    api<WorkspaceUser>(`/users/${id}`, { method: 'PATCH', body: patch }),
};

export interface CreatedToken {
  token: string;
  id: string;
  name: string;
  prefix: string;
  expiresAt: string | null;
}

export const tokensApi = {
  list: async () => {
    const result = await api<ApiToken[] | Page<ApiToken>>('/tokens');
    return Array.isArray(result) ? result : result.items;
  },
  create: (input: { name: string; expiresInDays?: number }) =>
    api<CreatedToken>('/tokens', { method: 'POST', body: input }),
  revoke: (id: string) => api<unknown>(`/tokens/${id}`, { method: 'DELETE' }),
};

export interface AuditParams {
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  cursor?: string;
}

export const auditApi = {
  list: (params: AuditParams) => api<Page<AuditEntry>>('/audit', { query: { ...params, limit: 50 } }),
};
