import { api } from './client.ts';
import type { Callback, Channel, Direction, Interaction, Page } from './types.ts';

export interface InteractionInput {
  channel: Channel;
  direction: Direction;
  occurredAt?: string;
  summary: string;
  body?: string;
  needsResponse?: boolean;
}

export interface LoggedInteraction {
  interaction: Interaction;
  openedCallback: Callback | null;
  answeredCallbacks: Callback[];
}

export type CallbackState = 'open' | 'overdue' | 'answered' | 'all';

export const interactionsApi = {
  list: (clientId: string, cursor?: string) =>
    api<Page<Interaction>>(`/clients/${clientId}/interactions`, { query: { limit: 30, cursor } }),
  log: (clientId: string, input: InteractionInput) =>
    api<LoggedInteraction>(`/clients/${clientId}/interactions`, { method: 'POST', body: input }),
};

export const callbacksApi = {
  list: (params: { state?: CallbackState; clientId?: string; limit?: number; cursor?: string }) =>
    api<Page<Callback>>('/callbacks', { query: { ...params } }),
  answer: (id: string, input: { channel: Channel; summary: string }) =>
    api<unknown>(`/callbacks/${id}/answer`, { method: 'POST', body: input }),
};
