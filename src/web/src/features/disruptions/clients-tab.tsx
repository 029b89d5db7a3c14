import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { UserPlus, Users } from 'lucide-react';
import { useState } from 'react';
import { disruptionKeys, disruptionsApi } from '../../api/disruptions.ts';
import type { AffectedClientState } from '../../api/disruptions-types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { LoadMoreFooter } from '../../components/load-more-footer.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useSession } from '../auth/session.tsx';
import { AffectedAddDialog } from './affected-add-dialog.tsx';
import { AffectedClientsTable } from './affected-clients-table.tsx';

const STATES: [AffectedClientState, string][] = [
  ['all', 'All'],
  ['not_contacted', 'Not contacted'],
  ['update_overdue', 'Update overdue'],
  ['must_be_told', 'Must be told'],
];

/** Affected clients: channel, outreach, next update due, who must be told the new promise. */
export function ClientsTab({ disruptionId }: { disruptionId: string }) {
  const { user } = useSession();
  const [state, setState] = useState<AffectedClientState>('all');
  const [adding, setAdding] = useState(false);
  const disruption = useQuery({
    queryKey: disruptionKeys.one(disruptionId),
    queryFn: () => disruptionsApi.get(disruptionId),
  });
  const list = useInfiniteQuery({
    queryKey: disruptionKeys.clients(disruptionId, state),
    queryFn: ({ pageParam, signal }) =>
      disruptionsApi.clients(disruptionId, { state, cursor: pageParam, limit: 100 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const canManage = user.role !== 'stand_in' && disruption.data?.status === 'active';
  const counts = disruption.data?.counts;
  return (
    <section className="card" aria-labelledby="affected-heading">
      <header className="card-header affected-header">
        <h2 id="affected-heading">
          Affected clients {counts && <span className="card-count">{counts.affected.toLocaleString()}</span>}
        </h2>
        <div className="toolbar">
          <fieldset className="segmented">
            <legend className="visually-hidden">Show</legend>
            {STATES.map(([value, label]) => (
              <button
                key={value}
                type="button"
                aria-pressed={state === value}
                onClick={() => setState(value)}
              >
                {label}
                {counts && value === 'must_be_told' && counts.mustBeTold > 0 && (
                  <span className="badge badge-warning state-count">{counts.mustBeTold}</span>
                )}
                {counts && value === 'update_overdue' && counts.updatesOverdue > 0 && (
                  <span className="badge badge-danger state-count">{counts.updatesOverdue}</span>
                )}
              </button>
            ))}
          </fieldset>
          {canManage && (
            <button type="button" className="btn btn-small" onClick={() => setAdding(true)}>
              <UserPlus size={14} aria-hidden="true" /> Add clients
            </button>
          )}
        </div>
      </header>
      <ErrorBanner error={list.error} />
      {list.isPending ? (
        <Skeleton lines={6} label="Loading affected clients" />
      ) : items.length === 0 ? (
        !list.isError && (
          <EmptyState icon={Users} title={state === 'all' ? 'No affected clients' : 'Nobody here'} compact>
            {state === 'all'
              ? 'Add clients to tell them what is going on.'
              : 'No affected client is in this state.'}
          </EmptyState>
        )
      ) : (
        <AffectedClientsTable disruptionId={disruptionId} items={items} canManage={canManage} />
      )}
      <LoadMoreFooter list={list} label="Load more" />
      {canManage && (
        <AffectedAddDialog disruptionId={disruptionId} open={adding} onClose={() => setAdding(false)} />
      )}
    </section>
  );
}
