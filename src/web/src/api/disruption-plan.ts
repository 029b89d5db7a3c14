import { api } from './client.ts';
import type {
  ClientInput,
  ClientInputBody,
  Meeting,
  MeetingInput,
  MeetingOutcome,
  MeetingPatch,
  PlanStep,
  PlanStepInput,
  PlanStepPatch,
} from './disruption-plan-types.ts';
import type { Page } from './types.ts';

const base = (disruptionId: string) => `/disruptions/${disruptionId}`;

export const planApi = {
  steps: (disruptionId: string) => api<{ items: PlanStep[] }>(`${base(disruptionId)}/plan`),
  addStep: (disruptionId: string, input: PlanStepInput) =>
    api<PlanStep>(`${base(disruptionId)}/plan`, { method: 'POST', body: input }),
  updateStep: (disruptionId: string, stepId: string, patch: PlanStepPatch) =>
    api<PlanStep>(`${base(disruptionId)}/plan/${stepId}`, { method: 'PATCH', body: patch }),
  removeStep: (disruptionId: string, stepId: string) =>
    api<void>(`${base(disruptionId)}/plan/${stepId}`, { method: 'DELETE' }),
  reorder: (disruptionId: string, ids: string[]) =>
    api<{ items: PlanStep[] }>(`${base(disruptionId)}/plan/reorder`, { method: 'POST', body: { ids } }),
  meetings: (disruptionId: string, params: { clientId?: string; cursor?: string } = {}) =>
    api<Page<Meeting>>(`${base(disruptionId)}/meetings`, { query: { limit: 100, ...params } }),
  schedule: (disruptionId: string, clientId: string, input: MeetingInput) =>
    api<MeetingOutcome>(`${base(disruptionId)}/clients/${clientId}/meetings`, {
      method: 'POST',
      body: input,
    }),
  updateMeeting: (disruptionId: string, meetingId: string, patch: MeetingPatch) =>
    api<MeetingOutcome>(`${base(disruptionId)}/meetings/${meetingId}`, { method: 'PATCH', body: patch }),
  inputs: (disruptionId: string, params: { clientId?: string; cursor?: string } = {}) =>
    api<Page<ClientInput>>(`${base(disruptionId)}/inputs`, { query: { limit: 50, ...params } }),
  logInput: (disruptionId: string, clientId: string, input: ClientInputBody) =>
    api<ClientInput>(`${base(disruptionId)}/clients/${clientId}/inputs`, { method: 'POST', body: input }),
};

export const planKeys = {
  steps: (disruptionId: string) => ['disruption', disruptionId, 'plan', 'steps'] as const,
  meetings: (disruptionId: string) => ['disruption', disruptionId, 'plan', 'meetings'] as const,
  inputs: (disruptionId: string) => ['disruption', disruptionId, 'plan', 'inputs'] as const,
};
