import { z } from 'zod';
import { REPORT_RULE_IDS } from '../../core/disruptions/report-rules.ts';
import { REPORT_STATUSES } from '../../core/disruptions/vocabulary.ts';
import { instantField, pageQuery } from '../shared/fields.ts';

// Step 3, stand-in oversight: who stands in for which client, their reports, the owner's
// review, and the digest of what each stand-in touched.

/** One request assigns at most this many clients (the issue's scale). */
export const MAX_ASSIGNMENTS = 10_000;
/** Each part of a report; longer is refused, not cut. */
export const MAX_REPORT_PART = 4000;

// PostgreSQL text cannot hold NUL; refuse it here rather than fail in the database.
const withoutNul = (value: string) => !value.includes('\u0000');
const reportPart = z.string().max(MAX_REPORT_PART).refine(withoutNul, 'Contains a NUL character');

export const disruptionParams = z.object({ id: z.uuid() }).strict();
export const clientParams = z.object({ id: z.uuid(), clientId: z.uuid() }).strict();
export const reportParams = z.object({ id: z.uuid(), reportId: z.uuid() }).strict();

const person = z.object({ id: z.uuid(), name: z.string() });

export const assignStandInsBody = z
  .object({
    /** Per client, the stand-in user, or null to take the client back from whoever stood in. */
    assignments: z
      .array(z.object({ clientId: z.uuid(), userId: z.uuid().nullable() }).strict())
      .min(1)
      .max(MAX_ASSIGNMENTS),
  })
  .strict();
export type AssignStandInsInput = z.infer<typeof assignStandInsBody>;

export const assignResult = z.object({
  /** Rows whose stand-in changed; the others already had the stand-in asked for. */
  changed: z.number().int(),
  unchanged: z.number().int(),
});

const reportCounts = z.object({
  submitted: z.number().int(),
  accepted: z.number().int(),
  sent_back: z.number().int(),
});

export const standInSummary = z.object({
  user: z.object({ id: z.uuid(), name: z.string(), email: z.string(), disabled: z.boolean() }),
  clients: z.array(person),
  reports: reportCounts,
});
export const standInsView = z.object({ items: z.array(standInSummary) });
export type StandInSummary = z.infer<typeof standInSummary>;

export const standInClientsQuery = z
  .object({
    /** A stand-in's id, or `none` for clients nobody stands in for. */
    standIn: z.union([z.literal('none'), z.uuid()]).optional(),
    ...pageQuery,
  })
  .strict();
export type StandInClientsQuery = z.infer<typeof standInClientsQuery>;

export const standInClientView = z.object({
  client: z.object({ id: z.uuid(), name: z.string(), email: z.string().nullable() }),
  standIn: person.nullable(),
  /** The newest report on this client in this disruption, if any. */
  lastReport: z.object({ id: z.uuid(), status: z.enum(REPORT_STATUSES), createdAt: z.string() }).nullable(),
});
export const standInClientPage = z.object({
  items: z.array(standInClientView),
  nextCursor: z.string().nullable(),
});
export type StandInClientView = z.infer<typeof standInClientView>;

export const fileReportBody = z
  .object({
    /** Who was contacted or what was worked on, concretely. */
    whatWasDone: reportPart.optional(),
    /** What came of it. */
    outcome: reportPart.optional(),
    /** What happens next, and when. */
    nextStep: reportPart.optional(),
    issues: reportPart.nullable().optional(),
    /** A sent-back report this one replaces. */
    replacesReportId: z.uuid().optional(),
  })
  .strict();
export type FileReportInput = z.infer<typeof fileReportBody>;

export const reportView = z.object({
  id: z.uuid(),
  disruptionId: z.uuid(),
  client: person,
  author: person,
  whatWasDone: z.string(),
  outcome: z.string(),
  nextStep: z.string(),
  issues: z.string().nullable(),
  status: z.enum(REPORT_STATUSES),
  reviewComment: z.string().nullable(),
  reviewedBy: person.nullable(),
  reviewedAt: z.string().nullable(),
  replacesReportId: z.uuid().nullable(),
  /** The report filed again in place of this one, once it was sent back. */
  replacedByReportId: z.uuid().nullable(),
  createdAt: z.string(),
});
export type ReportView = z.infer<typeof reportView>;

export const listReportsQuery = z
  .object({
    status: z.enum(REPORT_STATUSES).optional(),
    clientId: z.uuid().optional(),
    authorUserId: z.uuid().optional(),
    ...pageQuery,
  })
  .strict();
export type ListReportsQuery = z.infer<typeof listReportsQuery>;
export const reportPage = z.object({ items: z.array(reportView), nextCursor: z.string().nullable() });

export const reviewReportBody = z
  .object({
    decision: z.enum(['accept', 'send_back']),
    /** Required to send a report back: what is missing. */
    comment: z.string().trim().max(MAX_REPORT_PART).refine(withoutNul, 'Contains a NUL character').optional(),
  })
  .strict()
  .refine((body) => body.decision !== 'send_back' || (body.comment ?? '') !== '', {
    message: 'Say what is missing when sending a report back',
    path: ['comment'],
  });
export type ReviewReportInput = z.infer<typeof reviewReportBody>;

/** The rules a refused report broke; the 422's details carry `rule` beside path and message. */
export const reportRefusalDetail = z.object({
  path: z.string(),
  rule: z.enum(REPORT_RULE_IDS),
  message: z.string(),
});

export const digestQuery = z
  .object({
    /** Start of the window; default the disruption's start. */
    from: instantField.optional(),
    /** End of the window (exclusive); default now. */
    to: instantField.optional(),
  })
  .strict();
export type DigestQuery = z.infer<typeof digestQuery>;

export const standInDigest = z.object({
  user: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
  assignedClients: z.number().int(),
  /** Every change they made in the window, by audit action. */
  actions: z.array(z.object({ action: z.string(), count: z.number().int() })),
  /** The clients those changes were about, most touched first. */
  clientsTouched: z.array(z.object({ id: z.uuid(), name: z.string(), count: z.number().int() })),
  /** Their reports on this disruption filed in the window, newest first. */
  reports: z.array(reportView),
});
export const digestView = z.object({
  from: z.string(),
  /** Null: up to now, open-ended. */
  to: z.string().nullable(),
  standIns: z.array(standInDigest),
});
export type StandInDigest = z.infer<typeof standInDigest>;
export type DigestView = z.infer<typeof digestView>;
