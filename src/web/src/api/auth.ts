import { ApiError, api } from './client.ts';
import type { Me, User } from './types.ts';

export interface SetupInput {
  workspaceName: string;
  ownerName: string;
  email: string;
  password: string;
  currency?: string;
  timezone?: string;
}

export const authApi = {
  status: () => api<{ setUp: boolean }>('/auth/status'),
  /** The signed-in user, or null when nobody is signed in. */
  async me(): Promise<Me | null> {
    try {
      return await api<Me>('/auth/me');
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  setup: (input: SetupInput) => api<Me>('/auth/setup', { method: 'POST', body: input }),
  login: (email: string, password: string) =>
    api<{ user: User }>('/auth/login', { method: 'POST', body: { email, password } }),
  logout: () => api<{ ok: true }>('/auth/logout', { method: 'POST', body: {} }),
};
