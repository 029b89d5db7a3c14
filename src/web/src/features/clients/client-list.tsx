import { useInfiniteQuery } from '@tanstack/react-query';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type ClientListParams, clientsApi } from '../../api/clients.ts';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { ClientRow } from './client-row.tsx';

const ROW_HEIGHT = 64;
const PAGE_SIZE = 100;

/**
 * Every matching client in one scroll: only the rows on screen are in the DOM and pages
 * of 100 are fetched through the cursor as the end comes near, so 100,000 clients stay fast.
 */
export function ClientList({ params, empty }: { params: ClientListParams; empty: React.ReactNode }) {
  const list = useInfiniteQuery({
    queryKey: ['clients', params],
    queryFn: ({ pageParam, signal }) =>
      clientsApi.list({ ...params, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const box = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);
  // The list starts below the page header and toolbar; the virtualiser needs that offset.
  useLayoutEffect(() => {
    const top = (box.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - offset) > 1) setOffset(top);
  });

  const virtualizer = useWindowVirtualizer({
    count: list.hasNextPage ? items.length + 1 : items.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: offset,
  });
  const rows = virtualizer.getVirtualItems();
  const last = rows[rows.length - 1];

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  useEffect(() => {
    if (last && last.index >= items.length - 20 && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [last, items.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (list.isError && !list.data) return <ErrorBanner error={list.error} />;
  return (
    <div className="client-table card" aria-busy={list.isFetching}>
      <div className="client-head" aria-hidden="true">
        <span>Client</span>
        <span>Contact</span>
        <span>Status</span>
        <span>Tags</span>
        <span>Client since</span>
      </div>
      <div ref={box}>
        {list.isPending ? (
          <Skeleton lines={8} label="Loading clients" />
        ) : items.length === 0 ? (
          empty
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            <ul className="client-rows" aria-label="Clients">
              {rows.map((row) => {
                const client = items[row.index];
                return (
                  <li
                    key={client?.id ?? 'loader'}
                    className="client-row-item"
                    style={{
                      height: row.size,
                      transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
                    }}
                  >
                    {client ? (
                      <ClientRow client={client} />
                    ) : (
                      <span className="client-row-loading">Loading more…</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </div>
      {list.isError && list.data && <ErrorBanner error={list.error} />}
    </div>
  );
}
