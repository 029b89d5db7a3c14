import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { clients, disruptionReports, users } from '../../db/schema/index.ts';
import { visibleClientCondition } from '../clients/visibility.ts';
import type { ReportView } from './schemas.ts';

const author = alias(users, 'report_author');
const reviewer = alias(users, 'report_reviewer');

/**
 * Reports as the API shows them, newest first, with names instead of ids. Only reports on
 * clients the actor sees; `where` narrows further (disruption, status, cursor).
 */
export async function selectReports(db: Db, actor: Actor, where: (SQL | undefined)[], limit: number) {
  const replacedBy = sql<string | null>`(select n.id from disruption_reports n
    where n.workspace_id = ${disruptionReports.workspaceId} and n.replaces_report_id = ${disruptionReports.id}
    limit 1)`;
  const rows = await db
    .select({
      report: disruptionReports,
      clientName: clients.name,
      authorName: author.name,
      reviewerName: reviewer.name,
      replacedBy,
    })
    .from(disruptionReports)
    .innerJoin(
      clients,
      and(eq(clients.workspaceId, disruptionReports.workspaceId), eq(clients.id, disruptionReports.clientId)),
    )
    .innerJoin(
      author,
      and(
        eq(author.workspaceId, disruptionReports.workspaceId),
        eq(author.id, disruptionReports.authorUserId),
      ),
    )
    .leftJoin(
      reviewer,
      and(
        eq(reviewer.workspaceId, disruptionReports.workspaceId),
        eq(reviewer.id, disruptionReports.reviewedByUserId),
      ),
    )
    .where(
      and(
        eq(disruptionReports.workspaceId, actor.workspaceId),
        visibleClientCondition(actor, sql`${disruptionReports.clientId}`),
        ...where,
      ),
    )
    .orderBy(desc(disruptionReports.createdAt), desc(disruptionReports.id))
    .limit(limit);
  return rows.map(
    ({ report, clientName, authorName, reviewerName, replacedBy }): ReportView => ({
      id: report.id,
      disruptionId: report.disruptionId,
      client: { id: report.clientId, name: clientName },
      author: { id: report.authorUserId, name: authorName },
      whatWasDone: report.whatWasDone,
      outcome: report.outcome,
      nextStep: report.nextStep,
      issues: report.issues,
      status: report.status,
      reviewComment: report.reviewComment,
      reviewedBy:
        report.reviewedByUserId && reviewerName ? { id: report.reviewedByUserId, name: reviewerName } : null,
      reviewedAt: report.reviewedAt?.toISOString() ?? null,
      replacesReportId: report.replacesReportId,
      replacedByReportId: replacedBy,
      createdAt: report.createdAt.toISOString(),
    }),
  );
}

/** One report by id, as the API shows it, after a write in the same transaction. */
export async function loadReport(db: Db, actor: Actor, reportId: string): Promise<ReportView> {
  const [view] = await selectReports(db, actor, [eq(disruptionReports.id, reportId)], 1);
  if (!view) throw new Error('report vanished');
  return view;
}
