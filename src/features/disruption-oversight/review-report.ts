import { and, eq } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { conflict, forbidden, notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionReports } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireDisruption } from '../disruptions/require-disruption.ts';
import { loadReport } from './report-rows.ts';
import type { ReportView, ReviewReportInput } from './schemas.ts';

/**
 * The owner's verdict on a submitted report: accepted, or sent back with what is missing
 * (the stand-in then files a new report that replaces it). A report is reviewed once.
 */
export async function reviewReport(
  db: Db,
  actor: Actor,
  disruptionId: string,
  reportId: string,
  input: ReviewReportInput,
  now: Date,
): Promise<ReportView> {
  if (!policies.reviewReports(actor)) throw forbidden('Only the owner reviews stand-ins’ reports');
  return db.transaction(async (tx) => {
    await requireDisruption(tx, actor, disruptionId);
    const where = and(
      eq(disruptionReports.workspaceId, actor.workspaceId),
      eq(disruptionReports.disruptionId, disruptionId),
      eq(disruptionReports.id, reportId),
    );
    const [before] = await tx.select().from(disruptionReports).where(where).for('update');
    if (!before) throw notFound('Report');
    if (before.status !== 'submitted')
      throw conflict(`This report was ${before.status.replace('_', ' ')} already`);
    const [after] = await tx
      .update(disruptionReports)
      .set({
        status: input.decision === 'accept' ? 'accepted' : 'sent_back',
        reviewComment: input.comment?.trim() || null,
        reviewedByUserId: actor.userId,
        reviewedAt: now,
      })
      .where(where)
      .returning();
    await recordAudit(tx, actor, {
      action: `disruption_report.${input.decision}`,
      entityType: 'disruption_report',
      entityId: reportId,
      before,
      after,
    });
    return loadReport(tx, actor, reportId);
  });
}
