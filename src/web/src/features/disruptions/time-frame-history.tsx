import { useQuery } from '@tanstack/react-query';
import { disruptionKeys, disruptionsApi } from '../../api/disruptions.ts';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { formatCalendarDate, formatDateTime } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';

const KIND_LABELS = {
  first: 'First promise',
  estimate: 'Estimate moved',
  re_promise: 'New promise',
} as const;

/** Every estimate and promise, oldest first: what was said to clients, and why it changed. */
export function TimeFrameHistory({ disruptionId }: { disruptionId: string }) {
  const timeZone = useTimeZone();
  const query = useQuery({
    queryKey: disruptionKeys.promises(disruptionId),
    queryFn: () => disruptionsApi.promises(disruptionId),
  });
  const items = query.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="promise-history-heading">
      <header className="card-header">
        <h2 id="promise-history-heading">History</h2>
      </header>
      <ErrorBanner error={query.error} />
      {query.isPending ? (
        <Skeleton lines={3} label="Loading the history" />
      ) : items.length === 0 ? (
        <p className="card-body muted">No estimate yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table promise-table">
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Estimate</th>
                <th scope="col">Promise</th>
                <th scope="col">Why</th>
                <th scope="col">Who, when</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className={item.kind === 're_promise' ? 'row-repromise' : undefined}>
                  <td data-label="What">
                    <span
                      className={`badge ${item.kind === 're_promise' ? 'badge-warning' : 'badge-neutral'}`}
                    >
                      {KIND_LABELS[item.kind]}
                    </span>
                  </td>
                  <td data-label="Estimate" className="nowrap">
                    <span>
                      {formatCalendarDate(item.estimateOn)}{' '}
                      <span className="muted">+{item.bufferDays} d</span>
                    </span>
                  </td>
                  <td data-label="Promise" className="nowrap">
                    {formatCalendarDate(item.promisedOn)}
                  </td>
                  <td data-label="Why">{item.reason ?? <span className="muted">–</span>}</td>
                  <td data-label="Who, when" className="nowrap">
                    {item.createdBy?.name ?? 'CLI'} · {formatDateTime(item.createdAt, timeZone)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
