import type { z } from 'zod';
import type {
  AssignStandInsInput,
  DigestView,
  FileReportInput,
  ReportView,
  ReviewReportInput,
  reportRefusalDetail,
  StandInClientView,
  StandInDigest,
  StandInSummary,
} from '../../../features/disruption-oversight/schemas.ts';

// Step 3, stand-in oversight. The server's own zod schemas, read as types only (nothing of
// the server reaches the bundle), so these screens cannot drift from the API.

export type Report = ReportView;
export type ReportStatus = Report['status'];
export type StandIn = StandInSummary;
export type StandInClient = StandInClientView;
export type Digest = DigestView;
export type StandInDigestEntry = StandInDigest;
export type ReportInput = FileReportInput;
export type ReviewInput = ReviewReportInput;
export type Assignment = AssignStandInsInput['assignments'][number];
/** One rule a refused report broke, as the 422's details carry it. */
export type ReportRefusal = z.infer<typeof reportRefusalDetail>;
