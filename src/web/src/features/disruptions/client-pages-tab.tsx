import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { clientPagesApi } from '../../api/client-pages.ts';
import type { ClientPageLink, ClientPagesRow, IssuedLink } from '../../api/client-pages-types.ts';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { LoadMoreFooter } from '../../components/load-more-footer.tsx';
import { SearchBox } from '../../components/search-box.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useToast } from '../../components/toaster.tsx';
import { formatCalendarDate, formatRelative } from '../../lib/format.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { IssuedLinkDialog } from './client-page-issued-dialog.tsx';

const STATE_BADGE: Record<ClientPageLink['state'], string> = {
  active: 'badge badge-success',
  expired: 'badge badge-neutral',
  revoked: 'badge badge-danger',
};

/** Each client's private page: the links' state, a new link (shown once), revoking. */
export function ClientPagesTab({ disruptionId }: { disruptionId: string }) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const [issued, setIssued] = useState<{ link: IssuedLink; clientName: string } | null>(null);
  const list = useInfiniteQuery({
    queryKey: ['disruptions', disruptionId, 'client-pages', q],
    queryFn: ({ pageParam, signal }) =>
      clientPagesApi.list(disruptionId, { q: q || undefined, cursor: pageParam, limit: 100 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  if (list.isError && !list.data) return <ErrorBanner error={list.error} />;
  return (
    <section aria-label="Client pages">
      <p className="muted cp-intro">
        Each client’s private page shows the client-facing message, the promised date and the plan, and lets
        them write to you or ask for a call. Nothing private is on it. Links last 90 days.
      </p>
      <div className="toolbar">
        <SearchBox value={search} onChange={setSearch} label="Find a client" />
      </div>
      <div className="card">
        {list.isPending ? (
          <Skeleton lines={6} label="Loading client pages" />
        ) : items.length === 0 ? (
          <p className="card-body muted">No affected client{q ? ' matches' : ' yet'}.</p>
        ) : (
          <ul className="cp-list" aria-label="Private pages by client">
            {items.map((row) => (
              <ClientPageRow
                key={row.clientId}
                row={row}
                disruptionId={disruptionId}
                onIssued={(link) => setIssued({ link, clientName: row.clientName })}
              />
            ))}
          </ul>
        )}
        <LoadMoreFooter list={list} />
      </div>
      <IssuedLinkDialog
        issued={issued?.link ?? null}
        clientName={issued?.clientName ?? ''}
        onClose={() => setIssued(null)}
      />
    </section>
  );
}

function ClientPageRow({
  row,
  disruptionId,
  onIssued,
}: {
  row: ClientPagesRow;
  disruptionId: string;
  onIssued: (link: IssuedLink) => void;
}) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: ['disruptions', disruptionId, 'client-pages'] });
  const active = row.links.filter((link) => link.state === 'active');
  const issue = useMutation({
    mutationFn: (revokeOthers: boolean) => clientPagesApi.issue(disruptionId, row.clientId, revokeOthers),
    onSuccess: async (link) => {
      onIssued(link);
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (linkId: string) => clientPagesApi.revoke(disruptionId, linkId),
    onSuccess: async () => {
      toast(`Link for ${row.clientName} revoked`);
      await refresh();
    },
  });
  return (
    <li className="cp-row">
      <div className="cp-client">
        <strong>{row.clientName}</strong>
        {row.links.length === 0 ? (
          <span className="muted">No link yet</span>
        ) : (
          <ul className="cp-links" aria-label={`Links for ${row.clientName}`}>
            {row.links.slice(0, 3).map((link) => (
              <li key={link.id}>
                <span className={STATE_BADGE[link.state]}>{link.state}</span>
                <span className="muted">
                  {link.state === 'active'
                    ? `expires ${formatCalendarDate(link.expiresAt.slice(0, 10))}`
                    : ''}
                  {link.state === 'active' ? ' · ' : ''}
                  {link.lastOpenedAt ? `opened ${formatRelative(link.lastOpenedAt)}` : 'never opened'}
                </span>
                {link.state === 'active' && (
                  <button
                    type="button"
                    className="link-button link-button-danger"
                    disabled={revoke.isPending}
                    onClick={() => revoke.mutate(link.id)}
                    aria-label={`Revoke the link issued ${formatCalendarDate(link.createdAt.slice(0, 10))}`}
                  >
                    Revoke
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="cp-actions">
        <button
          type="button"
          className="btn btn-small"
          disabled={issue.isPending}
          onClick={() => issue.mutate(false)}
        >
          New link
        </button>
        {active.length > 0 && (
          <button
            type="button"
            className="btn btn-small"
            disabled={issue.isPending}
            onClick={() => issue.mutate(true)}
          >
            Replace
          </button>
        )}
      </div>
      {(issue.isError || revoke.isError) && <ErrorBanner error={issue.error ?? revoke.error} />}
    </li>
  );
}
