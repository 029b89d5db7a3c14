import { useInfiniteQuery } from '@tanstack/react-query';
import { History } from 'lucide-react';
import { interactionsApi } from '../../api/interactions.ts';
import type { Interaction } from '../../api/types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { LoadMoreFooter } from '../../components/load-more-footer.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { formatCalendarDate, todayIn } from '../../lib/format.ts';
import { useNow } from '../../lib/use-now.ts';
import { useTimeZone } from '../auth/session.tsx';
import { TimelineItem } from './timeline-item.tsx';

interface Day {
  date: string;
  items: Interaction[];
}

/** Consecutive interactions (newest first) grouped by their date in the workspace's zone. */
function groupByDay(items: Interaction[], timeZone: string): Day[] {
  const days: Day[] = [];
  for (const item of items) {
    const date = todayIn(timeZone, new Date(item.occurredAt));
    const last = days[days.length - 1];
    if (last?.date === date) last.items.push(item);
    else days.push({ date, items: [item] });
  }
  return days;
}

function dayLabel(date: string, today: string, yesterday: string): string {
  if (date === today) return 'Today';
  if (date === yesterday) return 'Yesterday';
  return formatCalendarDate(date);
}

/** Every touch with this client, newest first, a page at a time; each day under its date. */
export function Timeline({ clientId }: { clientId: string }) {
  const timeZone = useTimeZone();
  const now = useNow();
  const list = useInfiniteQuery({
    queryKey: ['interactions', clientId],
    queryFn: ({ pageParam }) => interactionsApi.list(clientId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const today = todayIn(timeZone, new Date(now));
  const yesterday = todayIn(timeZone, new Date(now - 86_400_000));

  return (
    <section className="card" aria-labelledby="timeline-heading">
      <header className="card-header">
        <h2 id="timeline-heading">
          <History size={17} aria-hidden="true" /> Timeline
          {items.length > 0 && (
            <span className="card-count">
              {items.length}
              {list.hasNextPage ? '+' : ''}
            </span>
          )}
        </h2>
      </header>
      <ErrorBanner error={list.error} />
      {list.isPending ? (
        <Skeleton lines={5} label="Loading the timeline" />
      ) : items.length === 0 ? (
        !list.isError && (
          <EmptyState compact icon={History} title="No interactions yet">
            Log the first call, e-mail or meeting above; every touch with this client builds up here.
          </EmptyState>
        )
      ) : (
        <div className="timeline-days">
          {groupByDay(items, timeZone).map((day) => (
            <div key={day.date} className="timeline-day">
              <h3 className="timeline-date">{dayLabel(day.date, today, yesterday)}</h3>
              <ol className="timeline">
                {day.items.map((interaction) => (
                  <TimelineItem key={interaction.id} interaction={interaction} now={now} />
                ))}
              </ol>
            </div>
          ))}
        </div>
      )}
      <LoadMoreFooter list={list} label="Load older interactions" />
    </section>
  );
}
