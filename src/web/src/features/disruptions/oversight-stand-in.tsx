import { useQuery } from '@tanstack/react-query';
import { ClipboardList, FileText, Users } from 'lucide-react';
import { useState } from 'react';
import { oversightApi, oversightKeys } from '../../api/disruption-oversight.ts';
import type { Report } from '../../api/disruption-oversight-types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { useAffectedClients } from './oversight-clients.ts';
import { REPORT_STATUS_LABELS, REPORT_STATUS_TONES } from './oversight-labels.ts';
import { ReportCard } from './report-card.tsx';
import { ReportForm } from './report-form.tsx';

/** What a stand-in sees: the clients they cover, a report form for each, and the owner's word on their reports. */
export function OversightStandIn({ disruptionId }: { disruptionId: string }) {
  const clients = useAffectedClients(disruptionId);
  const reports = useQuery({
    queryKey: oversightKeys.reports(disruptionId, 'mine'),
    queryFn: () => oversightApi.reports(disruptionId),
  });
  const [writing, setWriting] = useState<{ clientId: string; replaces?: Report } | null>(null);
  const rows = clients.data?.items ?? [];
  const mine = reports.data?.items ?? [];
  const replaced = new Set(
    mine.flatMap((report) => (report.replacesReportId ? [report.replacesReportId] : [])),
  );

  return (
    <div className="oversight-grid">
      <section className="card" aria-labelledby="your-clients-heading">
        <header className="card-header">
          <h2 id="your-clients-heading">
            <Users size={17} aria-hidden="true" /> Your clients
          </h2>
          <span className="muted">{rows.length}</span>
        </header>
        <ErrorBanner error={clients.error} />
        {clients.isSuccess && rows.length === 0 && (
          <EmptyState icon={Users} title="No clients yet" compact>
            The owner has not given you any clients for this disruption.
          </EmptyState>
        )}
        <ul className="stand-in-clients">
          {rows.map((row) => {
            const open = writing?.clientId === row.client.id;
            return (
              <li key={row.client.id} className="stand-in-client">
                <div className="stand-in-client-head">
                  <div>
                    <strong>{row.client.name}</strong>
                    {row.lastReport && (
                      <span className={`badge ${REPORT_STATUS_TONES[row.lastReport.status]}`}>
                        Last report: {REPORT_STATUS_LABELS[row.lastReport.status].toLowerCase()}
                      </span>
                    )}
                  </div>
                  {!open && (
                    <button
                      type="button"
                      className="btn btn-small"
                      onClick={() => setWriting({ clientId: row.client.id })}
                    >
                      <FileText size={15} aria-hidden="true" /> Write report
                    </button>
                  )}
                </div>
                {open && (
                  <ReportForm
                    disruptionId={disruptionId}
                    clientId={row.client.id}
                    clientName={row.client.name}
                    replaces={writing.replaces}
                    onDone={() => setWriting(null)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section className="card" aria-labelledby="your-reports-heading">
        <header className="card-header">
          <h2 id="your-reports-heading">
            <ClipboardList size={17} aria-hidden="true" /> Your reports
          </h2>
        </header>
        <div className="card-body report-list">
          {reports.isSuccess && mine.length === 0 && (
            <p className="muted">Reports you file appear here with the owner’s answer.</p>
          )}
          {mine.map((report) => (
            <ReportCard
              key={report.id}
              report={report}
              actions={
                report.status === 'sent_back' && !replaced.has(report.id) ? (
                  <button
                    type="button"
                    className="btn btn-primary btn-small"
                    onClick={() => setWriting({ clientId: report.client.id, replaces: report })}
                  >
                    File again
                  </button>
                ) : undefined
              }
            />
          ))}
        </div>
      </section>
    </div>
  );
}
