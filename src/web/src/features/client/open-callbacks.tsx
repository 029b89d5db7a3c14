import { useInfiniteQuery } from '@tanstack/react-query';
import { AlarmClock, PhoneIncoming } from 'lucide-react';
import { callbacksApi } from '../../api/interactions.ts';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { LoadMoreFooter } from '../../components/load-more-footer.tsx';
import { useNow } from '../../lib/use-now.ts';
import { CallbackItem } from '../callbacks/callback-item.tsx';

/**
 * What this client is waiting for, at the top of their page; loud once anything is late.
 * Answering one logs the reply on the timeline and closes it. Nothing open, nothing shown.
 */
export function OpenCallbacks({ clientId }: { clientId: string }) {
  const now = useNow();
  const list = useInfiniteQuery({
    queryKey: ['callbacks', { state: 'open', clientId }],
    queryFn: ({ pageParam }) => callbacksApi.list({ state: 'open', clientId, limit: 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  if (list.isError) return <ErrorBanner error={list.error} />;
  if (items.length === 0) return null;

  const overdue = items.filter((callback) => callback.isOverdue || new Date(callback.dueAt).getTime() < now);
  const isLate = overdue.length > 0;
  return (
    <section
      className={`card open-callbacks${isLate ? ' card-danger' : ' card-warning'}`}
      aria-labelledby="open-callbacks-heading"
    >
      <header className="card-header">
        <h2 id="open-callbacks-heading">
          {isLate ? (
            <AlarmClock size={17} aria-hidden="true" />
          ) : (
            <PhoneIncoming size={17} aria-hidden="true" />
          )}
          {isLate ? 'Waiting on you — overdue' : 'Waiting for an answer'}
          <span className="card-count">
            {items.length}
            {list.hasNextPage ? '+' : ''}
          </span>
        </h2>
        {isLate && items.length > 1 && <span className="card-note">{overdue.length} overdue</span>}
      </header>
      <ul className="callback-list">
        {items.map((callback) => (
          <CallbackItem key={callback.id} callback={callback} showClient={false} />
        ))}
      </ul>
      <LoadMoreFooter list={list} label="Show more" />
    </section>
  );
}
