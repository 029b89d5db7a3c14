/**
 * The words of the hard-times playbook (DESIGN.md, B), shared by the schema, the API and
 * the web app so a state has one spelling everywhere.
 */

export const DISRUPTION_STATUSES = ['active', 'resolved'] as const;
export type DisruptionStatus = (typeof DISRUPTION_STATUSES)[number];

/** A stand-in's report on one client: filed, then accepted or sent back by the owner. */
export const REPORT_STATUSES = ['submitted', 'accepted', 'sent_back'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const PLAN_STEP_STATES = ['planned', 'in_progress', 'done'] as const;
export type PlanStepState = (typeof PLAN_STEP_STATES)[number];

/** Face to face first: the article's "face to face is best". */
export const MEETING_KINDS = ['face_to_face', 'video', 'phone'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Where a client's input came from: the team logged it, or the client wrote it on their page. */
export const INPUT_SOURCES = ['team', 'client_page'] as const;
export type InputSource = (typeof INPUT_SOURCES)[number];

/**
 * Step 6: a tangible thank-you. Service credit and free month become billing credits;
 * a discount becomes a billing reduction; the rest are done by hand and ticked off.
 */
export const THANK_YOU_KINDS = [
  'service_credit',
  'free_month',
  'discount',
  'gift',
  'handwritten_note',
  'call',
] as const;
export type ThankYouKind = (typeof THANK_YOU_KINDS)[number];

export const THANK_YOU_STATUSES = ['chosen', 'done', 'cancelled'] as const;
export type ThankYouStatus = (typeof THANK_YOU_STATUSES)[number];

/** The six steps, in the article's order; the board's columns. */
export const PLAYBOOK_STEPS = ['contact', 'communicate', 'oversee', 'time_frame', 'plan', 'thank'] as const;
export type PlaybookStep = (typeof PLAYBOOK_STEPS)[number];
