import { useInfiniteQuery } from '@tanstack/react-query';
import { PlayCircle } from 'lucide-react';
import { billingRunsApi } from '../../api/billing.ts';
import type { BillingRun } from '../../api/billing-types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { formatCalendarDate, formatDateTime, formatMoney } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';
import { billingKeys } from './billing-keys.ts';
import { RunBillingForm } from './run-billing-form.tsx';

const STATUS: Record<BillingRun['status'], [string, string]> = {
  running: ['Running', 'badge-prospect'],
  finished: ['Finished', 'badge-success'],
  failed: ['Failed', 'badge-danger'],
  interrupted: ['Interrupted', 'badge-warning'],
};

/** Billing runs, newest first; the owner starts one. Running one twice never bills twice. */
export function RunsTab({ canRun }: { canRun: boolean }) {
  const timeZone = useTimeZone();
  const runs = useInfiniteQuery({
    queryKey: billingKeys.runs,
    queryFn: ({ pageParam }) => billingRunsApi.list(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = runs.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="stack">
      {canRun && <RunBillingForm />}
      <section className="card" aria-labelledby="runs-heading">
        <header className="card-header">
          <h2 id="runs-heading">Billing runs</h2>
        </header>
        <ErrorBanner error={runs.error} />
        {runs.isPending ? (
          <Skeleton lines={4} label="Loading billing runs" />
        ) : items.length === 0 ? (
          !runs.isError && (
            <EmptyState compact icon={PlayCircle} title="No billing runs yet">
              A run issues every invoice due up to its date that does not exist yet.
            </EmptyState>
          )
        ) : (
          <div className="table-wrap">
            <table className="table admin-table">
              <thead>
                <tr>
                  <th scope="col">Through</th>
                  <th scope="col">Status</th>
                  <th scope="col">Started</th>
                  <th scope="col">By</th>
                  <th scope="col" className="num">
                    Agreements
                  </th>
                  <th scope="col" className="num">
                    Invoices
                  </th>
                  <th scope="col" className="num">
                    Total
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((run) => {
                  const [label, tone] = STATUS[run.status];
                  return (
                    <tr key={run.id} data-testid="billing-run">
                      <td className="cell-strong">{formatCalendarDate(run.throughDate)}</td>
                      <td>
                        <span className={`badge ${tone}`} title={run.error ?? undefined}>
                          {label}
                        </span>
                      </td>
                      <td>{formatDateTime(run.startedAt, timeZone)}</td>
                      <td>{run.actorLabel}</td>
                      <td className="num tabular">{run.agreementsSeen.toLocaleString()}</td>
                      <td className="num tabular">{run.invoicesCreated.toLocaleString()}</td>
                      <td className="num tabular">{formatMoney(run.totalMinor, run.currency)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {runs.hasNextPage && (
          <div className="card-footer">
            <button
              type="button"
              className="btn btn-small"
              onClick={() => void runs.fetchNextPage()}
              disabled={runs.isFetchingNextPage}
            >
              {runs.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
