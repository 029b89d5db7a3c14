import { api, apiUrl } from './client.ts';
import type { OutboxListParams, OutboxMessage, OutboxPageData } from './outbox-types.ts';

/** Messages to clients: the list with counts, one in full, and what a person may do to one. */
export const outboxApi = {
  list: (params: OutboxListParams, signal?: AbortSignal) =>
    api<OutboxPageData>('/outbox', { query: { ...params }, signal }),
  get: (id: string, signal?: AbortSignal) => api<OutboxMessage>(`/outbox/${id}`, { signal }),
  retry: (id: string) => api<OutboxMessage>(`/outbox/${id}/retry`, { method: 'POST', body: {} }),
  markSent: (id: string) => api<OutboxMessage>(`/outbox/${id}/mark-sent`, { method: 'POST', body: {} }),
  cancel: (id: string) => api<OutboxMessage>(`/outbox/${id}/cancel`, { method: 'POST', body: {} }),
  /** Where the browser downloads a message's file (an .ics invite) to attach it by hand. */
  attachmentUrl: (id: string, index: number) => apiUrl(`/outbox/${id}/attachments/${index}`),
};
