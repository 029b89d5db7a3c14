import type { ReactNode } from 'react';
import type { Report } from '../../api/disruption-oversight-types.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';
import { REPORT_STATUS_LABELS, REPORT_STATUS_TONES } from './oversight-labels.ts';

/** One stand-in report as the owner and its author read it: the parts, its status, the owner's word. */
export function ReportCard({ report, actions }: { report: Report; actions?: ReactNode }) {
  const timeZone = useTimeZone();
  return (
    <article className="report-card" aria-label={`Report on ${report.client.name}`}>
      <header className="report-card-head">
        <div>
          <strong>{report.client.name}</strong>
          <span className="muted">
            {' '}
            · {report.author.name} · {formatDateTime(report.createdAt, timeZone)}
          </span>
        </div>
        <span className={`badge ${REPORT_STATUS_TONES[report.status]}`}>
          {REPORT_STATUS_LABELS[report.status]}
        </span>
      </header>
      <dl className="report-parts">
        <dt>What was done</dt>
        <dd>{report.whatWasDone}</dd>
        <dt>Outcome</dt>
        <dd>{report.outcome}</dd>
        <dt>Next step</dt>
        <dd>{report.nextStep}</dd>
        {report.issues && (
          <>
            <dt>Issues</dt>
            <dd>{report.issues}</dd>
          </>
        )}
      </dl>
      {report.replacesReportId && <p className="muted report-note">Filed again after being sent back.</p>}
      {report.reviewComment && (
        <blockquote className="report-comment">
          <p>{report.reviewComment}</p>
          <footer className="muted">— {report.reviewedBy?.name ?? 'Owner'}</footer>
        </blockquote>
      )}
      {actions && <div className="report-actions">{actions}</div>}
    </article>
  );
}
