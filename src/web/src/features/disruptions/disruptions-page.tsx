import { useInfiniteQuery } from '@tanstack/react-query';
import { AlertTriangle, CloudLightning, Plus } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { disruptionKeys, disruptionsApi } from '../../api/disruptions.ts';
import type { DisruptionSummary } from '../../api/disruptions-types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { LoadMoreFooter } from '../../components/load-more-footer.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { formatCalendarDate } from '../../lib/format.ts';
import { useSession } from '../auth/session.tsx';
import { DeclareDialog } from './declare-dialog.tsx';
import { percentOf, STATUS_LABELS, STATUS_TONES } from './disruption-labels.ts';

/** `/disruptions` — every disruption, active first, and declaring a new one. */
export function DisruptionsPage() {
  const { user } = useSession();
  const canDeclare = user.role !== 'stand_in';
  const [declaring, setDeclaring] = useState(false);
  const list = useInfiniteQuery({
    queryKey: [...disruptionKeys.list, 'page'],
    queryFn: ({ pageParam, signal }) => disruptionsApi.list({ cursor: pageParam, limit: 50 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="page">
      <PageHeader
        title="Hard times"
        subtitle="When something goes wrong on our side, every affected client hears it from us first, and keeps hearing."
        actions={
          canDeclare && (
            <button type="button" className="btn btn-primary" onClick={() => setDeclaring(true)}>
              <Plus size={16} aria-hidden="true" />
              Declare a disruption
            </button>
          )
        }
      />
      <section className="card" aria-labelledby="disruptions-heading">
        <header className="card-header">
          <h2 id="disruptions-heading">
            Disruptions {items.length > 0 && <span className="card-count">{items.length}</span>}
          </h2>
        </header>
        <ErrorBanner error={list.error} />
        {list.isPending ? (
          <Skeleton lines={4} label="Loading disruptions" />
        ) : items.length === 0 ? (
          !list.isError && (
            <EmptyState icon={CloudLightning} title="No disruptions">
              {canDeclare
                ? 'When you are ill, the systems are down or staff are gone, declare it here: Rapport tells every affected client and keeps track.'
                : 'You stand in for no client in a disruption yet.'}
            </EmptyState>
          )
        ) : (
          <DisruptionTable items={items} />
        )}
        <LoadMoreFooter list={list} label="Load more" />
      </section>
      {canDeclare && <DeclareDialog open={declaring} onClose={() => setDeclaring(false)} />}
    </div>
  );
}

function DisruptionTable({ items }: { items: DisruptionSummary[] }) {
  return (
    <div className="table-wrap">
      <table className="table disruption-table">
        <thead>
          <tr>
            <th scope="col">Disruption</th>
            <th scope="col">Status</th>
            <th scope="col">Started</th>
            <th scope="col" className="num">
              Affected
            </th>
            <th scope="col">Promise</th>
            <th scope="col">Contacted</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const contacted = item.counts.affected ? item.counts.contacted / item.counts.affected : 0;
            return (
              <tr key={item.id} data-testid="disruption-row">
                <td data-label="Disruption">
                  <Link href={`/disruptions/${item.id}`} className="cell-strong">
                    {item.title}
                  </Link>
                </td>
                <td data-label="Status">
                  <span className={`badge ${STATUS_TONES[item.status]}`}>{STATUS_LABELS[item.status]}</span>
                </td>
                <td data-label="Started" className="nowrap">
                  {formatCalendarDate(item.startedOn)}
                </td>
                <td data-label="Affected" className="num">
                  {item.counts.affected.toLocaleString()}
                </td>
                <td data-label="Promise" className="nowrap">
                  {item.promisedOn ? (
                    formatCalendarDate(item.promisedOn)
                  ) : (
                    <span className="muted">No date yet</span>
                  )}
                  {item.estimatePastPromise && (
                    <span
                      className="badge badge-danger promise-slipped"
                      title="The estimate is past the promise"
                    >
                      <AlertTriangle size={12} aria-hidden="true" /> Slipped
                    </span>
                  )}
                </td>
                <td data-label="Contacted">
                  <span className="contacted">
                    <meter min={0} max={1} value={contacted} aria-label="Share of clients contacted" />
                    {percentOf(item.counts.contacted, item.counts.affected)}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
