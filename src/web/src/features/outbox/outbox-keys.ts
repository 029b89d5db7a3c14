import type { QueryClient } from '@tanstack/react-query';

export const outboxKeys = {
  all: ['outbox'] as const,
  list: (status: string) => ['outbox', 'list', { status }] as const,
  message: (id: string) => ['outbox', 'message', id] as const,
};

/** After a retry, a send by hand or a cancel, every list and count is out of date. */
export function refreshOutbox(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: outboxKeys.all });
}
