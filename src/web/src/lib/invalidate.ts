import type { QueryClient } from '@tanstack/react-query';

/**
 * After anything that touches a client's relationship (an interaction, an answer, a task),
 * every view that summarises it is refreshed: the client, its timeline, callbacks, Today.
 */
export function refreshRelationship(queryClient: QueryClient, clientId?: string | null): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['today'] }),
    queryClient.invalidateQueries({ queryKey: ['callbacks'] }),
    queryClient.invalidateQueries({ queryKey: ['tasks'] }),
    clientId
      ? queryClient.invalidateQueries({ queryKey: ['client', clientId] })
      : queryClient.invalidateQueries({ queryKey: ['client'] }),
    clientId
      ? queryClient.invalidateQueries({ queryKey: ['interactions', clientId] })
      : queryClient.invalidateQueries({ queryKey: ['interactions'] }),
  ]);
}
