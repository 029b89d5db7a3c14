import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { checkReport, missingParts, type ReportPart } from '../../core/disruptions/report-rules.ts';
import { AppError, conflict, notFound, refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionReports } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireReadableDisruption } from '../disruptions/disruption-access.ts';
import { loadReport } from './report-rows.ts';
import { requireAffectedClient } from './require-affected-client.ts';
import type { FileReportInput, ReportView } from './schemas.ts';

const PART_NAMES: Record<ReportPart, string> = {
  whatWasDone: 'what was done',
  outcome: 'the outcome',
  nextStep: 'the next step',
};

/**
 * A stand-in's report on one of their clients (the team may file one too). A report
 * missing a part is refused as invalid (400, naming the parts); a vague one by the rules
 * (422, each rule with its message). A report sent back may be filed again, pointing at
 * the one it replaces. Nothing is written unless the report is stored.
 */
export async function fileReport(
  db: Db,
  actor: Actor,
  disruptionId: string,
  clientId: string,
  input: FileReportInput,
  now: Date,
): Promise<ReportView> {
  if (!actor.userId) throw new AppError('forbidden', 'Reports are filed by a person');
  const authorUserId = actor.userId;
  return db.transaction(async (tx) => {
    await requireReadableDisruption(tx, actor, disruptionId);
    await requireAffectedClient(tx, actor, disruptionId, clientId);
    refuseIncomplete(input);
    if (input.replacesReportId)
      await requireReplaceable(tx, actor, disruptionId, clientId, input.replacesReportId);

    const [report] = await tx
      .insert(disruptionReports)
      .values({
        workspaceId: actor.workspaceId,
        disruptionId,
        clientId,
        authorUserId,
        whatWasDone: (input.whatWasDone ?? '').trim(),
        outcome: (input.outcome ?? '').trim(),
        nextStep: (input.nextStep ?? '').trim(),
        issues: input.issues?.trim() || null,
        replacesReportId: input.replacesReportId ?? null,
        // From the clock, in milliseconds, so the list's cursor matches it exactly.
        createdAt: now,
      })
      .returning();
    if (!report) throw new Error('report insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'disruption_report.file',
      entityType: 'disruption_report',
      entityId: report.id,
      after: report,
    });
    return loadReport(tx, actor, report.id);
  });
}

function refuseIncomplete(input: FileReportInput): void {
  const missing = missingParts(input);
  if (missing.length > 0) {
    throw new AppError(
      'invalid_input',
      `A report needs ${missing.map((part) => PART_NAMES[part]).join(', ')}`,
      missing.map((path) => ({ path, message: 'Required' })),
    );
  }
  const check = checkReport(input);
  if (!check.ok) {
    throw refused(
      "This report is too vague to accept: the owner needs what happened, not that it's fine",
      check.reasons,
    );
  }
}

// Only a report that was sent back, on the same client, and not filed again already.
async function requireReplaceable(
  tx: Db,
  actor: Actor,
  disruptionId: string,
  clientId: string,
  reportId: string,
) {
  const [earlier] = await tx
    .select()
    .from(disruptionReports)
    .where(
      and(
        eq(disruptionReports.workspaceId, actor.workspaceId),
        eq(disruptionReports.disruptionId, disruptionId),
        eq(disruptionReports.clientId, clientId),
        eq(disruptionReports.id, reportId),
      ),
    )
    .for('update');
  if (!earlier) throw notFound('Report to replace');
  if (earlier.status !== 'sent_back') throw conflict('Only a report that was sent back can be replaced');
  const [replacement] = await tx
    .select({ id: disruptionReports.id })
    .from(disruptionReports)
    .where(
      and(
        eq(disruptionReports.workspaceId, actor.workspaceId),
        eq(disruptionReports.replacesReportId, reportId),
      ),
    )
    .limit(1);
  if (replacement) throw conflict('That report was filed again already');
}
