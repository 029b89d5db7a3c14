import { createContext, useContext } from 'react';
import type { Me } from '../../api/types.ts';

export const SessionContext = createContext<Me | null>(null);

/** The signed-in user and workspace; only used inside the signed-in app. */
export function useSession(): Me {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in screen');
  return session;
}

/** The workspace's zone: every date on screen is shown in it. */
export function useTimeZone(): string {
  return useSession().workspace.timezone;
}

export const sessionKeys = {
  status: ['auth', 'status'] as const,
  me: ['auth', 'me'] as const,
};
