import type { ReportStatus } from '../../api/disruption-oversight-types.ts';
import type { MeetingKind, PlanStepState } from '../../api/disruption-plan-types.ts';

// Words and badge tones for steps 3 and 5, in one place so every screen says the same.

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  submitted: 'To review',
  accepted: 'Accepted',
  sent_back: 'Sent back',
};

export const REPORT_STATUS_TONES: Record<ReportStatus, string> = {
  submitted: 'badge-warning',
  accepted: 'badge-success',
  sent_back: 'badge-danger',
};

export const STEP_STATE_LABELS: Record<PlanStepState, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
};

/** Face to face first: the article's "face to face is best". */
export const MEETING_KIND_OPTIONS: {
  kind: MeetingKind;
  label: string;
  location: string;
  placeholder: string;
}[] = [
  {
    kind: 'face_to_face',
    label: 'Face to face',
    location: 'Address',
    placeholder: '12 Quay Street, 2nd floor',
  },
  { kind: 'video', label: 'Video call', location: 'Video link', placeholder: 'https://meet.example.com/…' },
  { kind: 'phone', label: 'Phone call', location: 'Phone number', placeholder: '+44 20 7946 0000' },
];

export const MEETING_KIND_LABELS = Object.fromEntries(
  MEETING_KIND_OPTIONS.map((option) => [option.kind, option.label]),
) as Record<MeetingKind, string>;

// Audit actions as a person would say them; anything else shows its own name.
const ACTION_LABELS: Record<string, string> = {
  'interaction.create': 'Logged a touch',
  'callback.answer': 'Answered a callback',
  'callback.open': 'Opened a callback',
  'task.create': 'Created a task',
  'task.update': 'Updated a task',
  'client.update': 'Edited a client',
  'disruption_report.file': 'Filed a report',
  'disruption_meeting.schedule': 'Booked a meeting',
  'disruption_meeting.reschedule': 'Moved a meeting',
  'disruption_meeting.cancel': 'Cancelled a meeting',
  'disruption_meeting.hold': 'Held a meeting',
  'disruption_input.log': "Logged a client's input",
  'user.login': 'Signed in',
  'disruption.client_contacted': 'Reached a client',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}
