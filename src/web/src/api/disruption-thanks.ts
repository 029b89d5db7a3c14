import { api } from './client.ts';
import type {
  Applied,
  ApplyThankYouInput,
  Resolved,
  ResolveInput,
  ThankYou,
  ThankYouChoice,
  ThankYouList,
} from './disruption-thanks-types.ts';

const base = (disruptionId: string) => `/disruptions/${disruptionId}`;

export interface ThankYouParams {
  q?: string;
  status?: 'none' | 'chosen' | 'done';
  cursor?: string;
  limit?: number;
}

export const thanksApi = {
  list: (disruptionId: string, params: ThankYouParams = {}, signal?: AbortSignal) =>
    api<ThankYouList>(`${base(disruptionId)}/thank-yous`, { query: { ...params }, signal }),
  resolve: (disruptionId: string, input: ResolveInput) =>
    api<Resolved>(`${base(disruptionId)}/resolve`, { method: 'POST', body: input }),
  choose: (disruptionId: string, clientId: string, choice: ThankYouChoice) =>
    api<ThankYou>(`${base(disruptionId)}/clients/${clientId}/thank-you`, { method: 'PUT', body: choice }),
  apply: (disruptionId: string, input: ApplyThankYouInput) =>
    api<Applied>(`${base(disruptionId)}/thank-yous/apply`, { method: 'POST', body: input }),
  done: (disruptionId: string, thankYouId: string, note?: string) =>
    api<ThankYou>(`${base(disruptionId)}/thank-yous/${thankYouId}/done`, {
      method: 'POST',
      body: note ? { note } : {},
    }),
};
