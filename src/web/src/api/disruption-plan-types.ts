import type { z } from 'zod';
import type {
  AddStepInput,
  InputView,
  logInputBody,
  MeetingResult,
  MeetingView,
  StepView,
  scheduleMeetingBody,
  UpdateStepInput,
  updateMeetingBody,
} from '../../../features/disruption-plan/schemas.ts';

// Step 5, the plan. The server's own zod schemas, read as types only.

export type PlanStep = StepView;
export type PlanStepState = PlanStep['state'];
export type PlanStepInput = AddStepInput;
export type PlanStepPatch = UpdateStepInput;
export type Meeting = MeetingView;
export type MeetingKind = Meeting['kind'];
export type MeetingOutcome = MeetingResult;
/** What the form sends: times as ISO strings, defaults optional. */
export type MeetingInput = z.input<typeof scheduleMeetingBody>;
export type MeetingPatch = z.input<typeof updateMeetingBody>;
export type ClientInput = InputView;
export type ClientInputBody = z.input<typeof logInputBody>;
