import { useInfiniteQuery } from '@tanstack/react-query';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { boardApi } from '../../api/disruption-board.ts';
import type { BoardRow, PlaybookStep } from '../../api/disruption-board-types.ts';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { BoardCell } from './board-cell.tsx';
import { BoardClientDialog } from './board-client-dialog.tsx';
import { boardKeys } from './board-figures.tsx';
import { STEP_LABELS, STEPS } from './board-labels.ts';

const ROW_HEIGHT = 48;
const PAGE_SIZE = 100;

/**
 * Rows = affected clients, columns = the six steps. Only the rows on screen are in the
 * DOM; pages of 100 come through the cursor as the end nears, so 10,000 clients scroll
 * as smoothly as ten. An ARIA table, so screen readers announce row and column.
 */
export function BoardGrid({
  disruptionId,
  q,
  filter,
}: {
  disruptionId: string;
  q: string;
  /** Only the clients in these states on this step. */
  filter: { step: PlaybookStep; state: string } | null;
}) {
  const list = useInfiniteQuery({
    queryKey: boardKeys.rows(disruptionId, q, filter ? `${filter.step}=${filter.state}` : ''),
    queryFn: ({ pageParam, signal }) =>
      boardApi.page(
        disruptionId,
        { q: q || undefined, ...filter, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const [open, setOpen] = useState<BoardRow | null>(null);
  const box = useRef<HTMLTableSectionElement>(null);
  const [offset, setOffset] = useState(0);
  // The grid starts below the figures and the toolbar; the virtualiser needs that offset.
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
  const empty = !list.isPending && items.length === 0;
  return (
    <div className="board card" aria-busy={list.isFetching}>
      <table
        className="board-table"
        aria-label="Affected clients by playbook step"
        aria-rowcount={list.hasNextPage ? -1 : items.length + 1}
      >
        <thead>
          <tr className="board-row board-head" aria-rowindex={1}>
            <th scope="col" className="board-client">
              Client
            </th>
            {STEPS.map((step, index) => (
              <th
                scope="col"
                key={step}
                className={`board-step-head${filter?.step === step ? ' board-step-filtered' : ''}`}
                title={STEP_LABELS[step]}
              >
                <span className="board-step-number" aria-hidden="true">
                  {index + 1}
                </span>
                {STEP_LABELS[step]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody
          ref={box}
          className="board-body"
          style={{ height: empty || list.isPending ? 0 : virtualizer.getTotalSize() }}
        >
          {rows.map((row) => {
            const item = items[row.index];
            const style = {
              height: row.size,
              transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
            };
            if (!item) {
              return (
                <tr key="loader" className="board-row board-row-virtual board-loading" style={style}>
                  <td>Loading more…</td>
                </tr>
              );
            }
            return (
              <tr
                key={item.clientId}
                aria-rowindex={row.index + 2}
                className="board-row board-row-virtual"
                style={style}
              >
                <th scope="row" className="board-client">
                  <button type="button" className="board-client-button" onClick={() => setOpen(item)}>
                    {item.clientName}
                  </button>
                  {item.standIn && <span className="board-standin">Stand-in: {item.standIn.name}</span>}
                </th>
                {STEPS.map((step) => (
                  <BoardCell key={step} step={step} cell={item.cells[step]} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {list.isPending && <Skeleton lines={8} label="Loading the board" />}
      {empty && (
        <p className="board-empty muted">
          {filter
            ? 'No affected client is in that state on this step.'
            : q
              ? 'No affected client matches.'
              : 'No affected clients yet.'}
        </p>
      )}
      {list.isError && list.data && <ErrorBanner error={list.error} />}
      <BoardClientDialog row={open} onClose={() => setOpen(null)} />
    </div>
  );
}
