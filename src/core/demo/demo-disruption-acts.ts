import type { MeetingKind, PlanStepState } from '../disruptions/vocabulary.ts';
import type { Channel, Direction } from '../interactions/channels.ts';
import type { DemoUserKey } from './demo-plan.ts';

// What the demo's disruption is made of: the declaration and the acts that follow it,
// each one call of a real command (see features/demo/create-demo-disruption.ts).

/** One thing someone did during the disruption, at `at`, through the command named by `kind`. */
export type DemoDisruptionAct = { at: Date; by: DemoUserKey } & (
  | { kind: 'stand_in'; clients: number[]; standIn: DemoUserKey }
  /** The client's queued outreach or new-date message: sent by hand, or cancelled. */
  | { kind: 'outbox'; client: number; message: 'outreach' | 'update'; action: 'mark_sent' | 'cancel' }
  | {
      kind: 'touch';
      client: number;
      channel: Channel;
      direction: Direction;
      summary: string;
      body: string | null;
    }
  | { kind: 'add_step'; key: string; title: string; detail: string }
  | { kind: 'step_state'; step: string; state: PlanStepState }
  | {
      kind: 'schedule_meeting';
      key: string;
      client: number;
      meetingKind: MeetingKind;
      startsAt: Date;
      durationMinutes: number;
      location: string;
      notes: string;
      send: boolean;
    }
  | { kind: 'hold_meeting'; meeting: string; summary: string }
  | { kind: 'client_input'; client: number; body: string }
  | { kind: 'move_estimate'; estimateOn: string; reason: string }
  | { kind: 'set_promise'; promisedOn: string; reason: string }
  | { kind: 'tell_clients'; clients: number[]; send: boolean }
  | {
      kind: 'file_report';
      key: string;
      client: number;
      whatWasDone: string;
      outcome: string;
      nextStep: string;
      issues: string | null;
    }
  | { kind: 'review_report'; report: string; decision: 'accept' | 'send_back'; comment: string | null }
);

/** The demo's one active disruption: declared by the owner, then worked on for ten days. */
export interface DemoDisruption {
  title: string;
  privateDetail: string;
  clientMessage: string;
  declaredAt: Date;
  startedOn: string;
  estimateOn: string;
  bufferDays: number;
  /** The affected clients (indices into the plan's clients), chosen by hand. */
  clients: number[];
  /** Oldest first; each after the declaration and before now. */
  acts: DemoDisruptionAct[];
}
