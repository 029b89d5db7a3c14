import { useQuery } from '@tanstack/react-query';
import { Eye } from 'lucide-react';
import { oversightApi, oversightKeys } from '../../api/disruption-oversight.ts';
import type { ReportStatus } from '../../api/disruption-oversight-types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { actionLabel, REPORT_STATUS_LABELS } from './oversight-labels.ts';

/** "Get the details you need": per stand-in, what they did and on which clients, from the audit log. */
export function OversightDigest({ disruptionId }: { disruptionId: string }) {
  const digest = useQuery({
    queryKey: oversightKeys.digest(disruptionId),
    queryFn: () => oversightApi.digest(disruptionId),
  });
  const entries = digest.data?.standIns ?? [];
  return (
    <section className="card" aria-labelledby="digest-heading">
      <header className="card-header">
        <h2 id="digest-heading">
          <Eye size={17} aria-hidden="true" /> What each stand-in touched
        </h2>
        <span className="muted">Since the disruption began</span>
      </header>
      <div className="card-body digest-list">
        <ErrorBanner error={digest.error} />
        {digest.isSuccess && entries.length === 0 && (
          <EmptyState icon={Eye} title="No stand-in activity yet" compact>
            Assign stand-ins; everything they change shows here.
          </EmptyState>
        )}
        {entries.map((entry) => {
          const byStatus = entry.reports.reduce<Record<string, number>>((counts, report) => {
            counts[report.status] = (counts[report.status] ?? 0) + 1;
            return counts;
          }, {});
          return (
            <article key={entry.user.id} className="digest-entry" aria-label={entry.user.name}>
              <header className="digest-head">
                <strong>{entry.user.name}</strong>
                <span className="muted">
                  {entry.assignedClients} {entry.assignedClients === 1 ? 'client' : 'clients'} ·{' '}
                  {entry.reports.length} {entry.reports.length === 1 ? 'report' : 'reports'}
                  {entry.reports.length > 0 &&
                    `: ${Object.entries(byStatus)
                      .map(
                        ([status, count]) =>
                          `${count} ${REPORT_STATUS_LABELS[status as ReportStatus].toLowerCase()}`,
                      )
                      .join(', ')}`}
                </span>
              </header>
              {entry.actions.length === 0 ? (
                <p className="muted">Nothing changed yet.</p>
              ) : (
                <ul className="digest-actions" aria-label="Actions">
                  {entry.actions.map((item) => (
                    <li key={item.action} className="tag">
                      {actionLabel(item.action)} × {item.count}
                    </li>
                  ))}
                </ul>
              )}
              {entry.clientsTouched.length > 0 && (
                <p className="digest-clients">
                  <span className="muted">Clients: </span>
                  {entry.clientsTouched.map((client, index) => (
                    <span key={client.id}>
                      {index > 0 && ', '}
                      {client.name} <span className="muted">({client.count})</span>
                    </span>
                  ))}
                </p>
              )}
            </article>
          );
        })}
      </div>
    </section>
  );
}
