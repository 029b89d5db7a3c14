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

/** Every page of a cursor-paged list; for lists that stay small (a team, one person's tokens). */
async function allPages<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await api<Page<T>>(path, { query: { limit: 200, cursor } });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

export const usersApi = {
  list: () => allPages<WorkspaceUser>('/users'),
  create: (input: { name: string; email: string; role: Role; password: string }) =>
    api<WorkspaceUser>('/users', { method: 'POST', body: input }),
  update: (id: string, patch: { name?: string; role?: Role; disabled?: boolean }) =>
    api<WorkspaceUser>(`/users/${id}`, { method: 'PATCH', body: patch }),
};

/** A token as the list shows it: never the secret. */
export interface TokenListItem extends ApiToken {
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** The answer to creating a token: the only time the secret itself is sent. */
export interface CreatedToken {
  token: string;
  id: string;
  name: string;
  prefix: string;
  expiresAt: string | null;
}

export const tokensApi = {
  list: () => allPages<TokenListItem>('/tokens'),
  create: (input: { name: string; expiresInDays?: number }) =>
    api<CreatedToken>('/tokens', { method: 'POST', body: input }),
  revoke: (id: string) => api<TokenListItem>(`/tokens/${id}`, { method: 'DELETE' }),
};

export interface AuditParams {
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  cursor?: string;
}

export const auditApi = {
  list: (params: AuditParams, signal?: AbortSignal) =>
    api<Page<AuditEntry>>('/audit', { query: { ...params, limit: 50 }, signal }),
};
