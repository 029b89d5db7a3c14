import { useInfiniteQuery } from '@tanstack/react-query';
import { PartyPopper, PhoneIncoming } from 'lucide-react';
import { Link, useSearch } from 'wouter';
import { type CallbackState, callbacksApi } from '../../api/interactions.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { LoadMoreFooter } from '../../components/load-more-footer.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { CallbackItem } from './callback-item.tsx';

const STATES: [CallbackState, string][] = [
  ['open', 'Open'],
  ['overdue', 'Overdue'],
  ['answered', 'Answered'],
  ['all', 'All'],
];

/** Every request waiting for an answer, oldest due first, so nobody waits longest. */
export function CallbacksPage() {
  const search = new URLSearchParams(useSearch());
  const state = (STATES.find(([value]) => value === search.get('state'))?.[0] ?? 'open') as CallbackState;
  const list = useInfiniteQuery({
    queryKey: ['callbacks', { state }],
    queryFn: ({ pageParam }) => callbacksApi.list({ state, limit: 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="page page-narrow">
      <PageHeader
        title="Callbacks"
        subtitle="Every client who reached out and is waiting to hear back — oldest first."
      />
      <nav className="segmented toolbar-tabs" aria-label="Which callbacks">
        {STATES.map(([value, label]) => (
          <Link
            key={value}
            href={value === 'open' ? '/callbacks' : `/callbacks?state=${value}`}
            aria-current={value === state ? 'page' : undefined}
          >
            {label}
          </Link>
        ))}
      </nav>
      <ErrorBanner error={list.error} />
      <section className="card" aria-label={`${STATES.find(([value]) => value === state)?.[1]} callbacks`}>
        {list.isPending ? (
          <Skeleton lines={6} label="Loading callbacks" />
        ) : items.length === 0 ? (
          <EmptyState
            icon={state === 'answered' || state === 'all' ? PhoneIncoming : PartyPopper}
            title={
              state === 'overdue'
                ? 'Nothing overdue'
                : state === 'open'
                  ? 'Everyone has been answered'
                  : 'No callbacks yet'
            }
          >
            {state === 'answered' || state === 'all'
              ? 'When a client calls, writes or leaves a message, the callback shows up here.'
              : 'No client is waiting on you. New requests appear here as soon as they are logged.'}
          </EmptyState>
        ) : (
          <ul className="callback-list">
            {items.map((callback) => (
              <CallbackItem key={callback.id} callback={callback} />
            ))}
          </ul>
        )}
        <LoadMoreFooter list={list} label="Show more" />
      </section>
    </div>
  );
}
