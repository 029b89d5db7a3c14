import { useInfiniteQuery } from '@tanstack/react-query';
import { AlertTriangle, Info, MailCheck, SearchX, Send } from 'lucide-react';
import { useLocation, useSearch } from 'wouter';
import { outboxApi } from '../../api/outbox.ts';
import type { OutboxCounts, OutboxStatus } from '../../api/outbox-types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { LoadMoreFooter } from '../../components/load-more-footer.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { STATUS_FILTERS, STATUS_LABELS } from './labels.ts';
import { MessageDialog } from './message-dialog.tsx';
import { outboxKeys } from './outbox-keys.ts';
import { OutboxTable } from './outbox-table.tsx';

/**
 * `/outbox` — every message to clients and where it stands. With an SMTP server they go by
 * themselves and only failures need a person; without one, each waits here to be copied
 * into the team's own mail and marked sent. Nothing is ever dropped.
 */
export function OutboxPage() {
  const [, navigate] = useLocation();
  const search = new URLSearchParams(useSearch());
  const status = (search.get('status') ?? '') as OutboxStatus | '';
  const openId = search.get('message');
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    navigate(`/outbox${next.size ? `?${next}` : ''}`, { replace: true });
  };
  const list = useInfiniteQuery({
    queryKey: outboxKeys.list(status),
    queryFn: ({ pageParam, signal }) =>
      outboxApi.list({ status: status || undefined, cursor: pageParam, limit: 50 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // The sender works in the background: keep the states fresh while the page is open.
    refetchInterval: 15_000,
  });
  const first = list.data?.pages[0];
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const counts = first?.counts;
  const total = counts ? Object.values(counts).reduce((sum, n) => sum + n, 0) : 0;

  return (
    <div className="page">
      <PageHeader
        title="Outbox"
        subtitle="Every message to clients and where it stands. A message that cannot go is never dropped: it waits here."
      />
      {first && <MailBanner configured={first.mailConfigured} />}
      {counts && counts.failed > 0 && status !== 'failed' && (
        <div className="banner banner-error outbox-failed-banner" role="alert">
          <AlertTriangle size={18} aria-hidden="true" />
          <p>
            <strong>
              {counts.failed} {counts.failed === 1 ? 'message' : 'messages'} could not be sent.
            </strong>{' '}
            Open each to see why, then retry, send it by hand, or cancel it.
          </p>
          <button type="button" className="btn btn-small" onClick={() => setParam('status', 'failed')}>
            Show failed
          </button>
        </div>
      )}
      <section className="card" aria-labelledby="outbox-heading">
        <header className="card-header outbox-card-header">
          <h2 id="outbox-heading">Messages</h2>
          <fieldset className="segmented outbox-filters">
            <legend className="visually-hidden">Show messages</legend>
            <FilterButton
              label="All"
              count={total}
              pressed={status === ''}
              onClick={() => setParam('status', '')}
            />
            {STATUS_FILTERS.map((value) => (
              <FilterButton
                key={value}
                label={STATUS_LABELS[value]}
                count={counts?.[value] ?? 0}
                pressed={status === value}
                isAlarm={value === 'failed'}
                onClick={() => setParam('status', value)}
              />
            ))}
          </fieldset>
        </header>
        <ErrorBanner error={list.error} />
        {list.isPending ? (
          <Skeleton lines={6} label="Loading messages" />
        ) : items.length === 0 ? (
          !list.isError && <Empty status={status} counts={counts} />
        ) : (
          <OutboxTable
            items={items}
            mailConfigured={first?.mailConfigured ?? false}
            onOpen={(id) => setParam('message', id)}
          />
        )}
        <LoadMoreFooter list={list} label="Load more" />
      </section>
      <MessageDialog
        id={openId}
        mailConfigured={first?.mailConfigured ?? false}
        onClose={() => setParam('message', '')}
      />
    </div>
  );
}

function MailBanner({ configured }: { configured: boolean }) {
  if (configured) {
    return (
      <div className="banner banner-info">
        <MailCheck size={18} aria-hidden="true" />
        <p>
          Mail goes out by itself through your mail server. A message it refuses is tried again for about two
          hours, then waits here marked failed.
        </p>
      </div>
    );
  }
  return (
    <div className="banner banner-warning">
      <Info size={18} aria-hidden="true" />
      <p>
        <strong>No mail server configured: copy each message and mark it sent.</strong> To send by themselves,
        set SMTP_URL (and MAIL_FROM) for the server.
      </p>
    </div>
  );
}

function FilterButton({
  label,
  count,
  pressed,
  isAlarm,
  onClick,
}: {
  label: string;
  count: number;
  pressed: boolean;
  isAlarm?: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" aria-pressed={pressed} onClick={onClick}>
      {label}
      <span className={`filter-count${isAlarm && count > 0 ? ' filter-count-alarm' : ''}`}>{count}</span>
    </button>
  );
}

function Empty({ status, counts }: { status: OutboxStatus | ''; counts: OutboxCounts | undefined }) {
  if (status) {
    return (
      <EmptyState icon={SearchX} title={`No ${STATUS_LABELS[status].toLowerCase()} messages`}>
        {status === 'failed' ? 'Nothing has failed. ' : ''}
        {counts && Object.values(counts).some((n) => n > 0) ? 'Choose “All” to see every message.' : ''}
      </EmptyState>
    );
  }
  return (
    <EmptyState icon={Send} title="No messages yet">
      Messages to clients appear here when they are written: a disruption’s first contact and updates, meeting
      invites, thank-yous.
    </EmptyState>
  );
}
