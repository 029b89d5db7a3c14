import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { CheckCircle2, Gift } from 'lucide-react';
import { useState } from 'react';
import { thanksApi } from '../../api/disruption-thanks.ts';
import type { ThankYouRow } from '../../api/disruption-thanks-types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { LoadMoreFooter } from '../../components/load-more-footer.tsx';
import { SearchBox } from '../../components/search-box.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useToast } from '../../components/toaster.tsx';
import { formatCalendarDate, formatDateTime, plural } from '../../lib/format.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { useSession, useTimeZone } from '../auth/session.tsx';
import { ChooseDialog } from './thanks-choose-dialog.tsx';
import { describeThankYou, MONEY_KINDS } from './thanks-labels.ts';
import { ResolveDialog } from './thanks-resolve-dialog.tsx';

type Filter = 'all' | 'none' | 'chosen' | 'done';

/** Step 6: resolve, then a tangible thank-you per client, chosen and tracked to done. */
export function ThanksTab({ disruptionId }: { disruptionId: string }) {
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const q = useDebounced(search.trim(), 250);
  const [resolving, setResolving] = useState(false);
  const [choosing, setChoosing] = useState<{ id: string; name: string } | 'everyone' | null>(null);
  const list = useInfiniteQuery({
    queryKey: ['disruptions', disruptionId, 'thank-yous', q, filter],
    queryFn: ({ pageParam, signal }) =>
      thanksApi.list(
        disruptionId,
        { q: q || undefined, status: filter === 'all' ? undefined : filter, cursor: pageParam, limit: 100 },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
  const first = list.data?.pages[0];
  if (list.isError && !first) return <ErrorBanner error={list.error} />;
  if (!first) return <Skeleton lines={6} label="Loading thank-yous" />;
  const currency = first.currency;
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  if (first.status === 'active') {
    return (
      <section className="card thanks-resolve" aria-label="Resolve">
        <div className="card-body">
          <EmptyState icon={Gift} title="Thank them when it’s over">
            When things are back to normal, resolve the disruption: every affected client (
            {plural(first.progress.clients, 'client')}) gets a thank-you to give — a credit, a free month, a
            discount, a gift, a note or a call.
          </EmptyState>
          <div className="form-actions">
            <button type="button" className="btn btn-primary" onClick={() => setResolving(true)}>
              Resolve the disruption…
            </button>
          </div>
        </div>
        <ResolveDialog
          disruptionId={disruptionId}
          currency={currency}
          open={resolving}
          onClose={() => setResolving(false)}
        />
      </section>
    );
  }

  const { progress } = first;
  const donePercent = progress.clients === 0 ? 0 : Math.floor((progress.done * 100) / progress.clients);
  return (
    <section className="thanks-tab" aria-label="Thank-yous">
      <div className="card thanks-progress">
        <div className="card-body">
          <p>
            Resolved on {first.resolvedOn ? formatCalendarDate(first.resolvedOn) : '—'}.{' '}
            <strong>
              {progress.done.toLocaleString()} of {plural(progress.clients, 'client')} thanked
            </strong>{' '}
            · {progress.chosen.toLocaleString()} chosen, not done · {progress.none.toLocaleString()} to choose
          </p>
          <div
            className="board-meter board-meter-large"
            role="progressbar"
            aria-label="Thank-yous done"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={donePercent}
          >
            <span style={{ width: `${donePercent}%` }} />
          </div>
        </div>
      </div>
      <div className="toolbar">
        <SearchBox value={search} onChange={setSearch} label="Find a client" />
        <fieldset className="segmented">
          <legend className="visually-hidden">Show</legend>
          {(['all', 'chosen', 'done', 'none'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="thanks-filter"
                checked={filter === value}
                onChange={() => setFilter(value)}
              />
              {value === 'all'
                ? 'All'
                : value === 'none'
                  ? 'Not chosen'
                  : value === 'chosen'
                    ? 'To do'
                    : 'Done'}
            </label>
          ))}
        </fieldset>
        <button type="button" className="btn" onClick={() => setChoosing('everyone')}>
          Choose for everyone…
        </button>
      </div>
      <div className="card">
        {items.length === 0 ? (
          <p className="card-body muted">No client here.</p>
        ) : (
          <ul className="thanks-list" aria-label="Thank-yous by client">
            {items.map((row) => (
              <ThanksRow
                key={row.clientId}
                row={row}
                disruptionId={disruptionId}
                currency={currency}
                onChange={() => setChoosing({ id: row.clientId, name: row.clientName })}
              />
            ))}
          </ul>
        )}
        <LoadMoreFooter list={list} />
      </div>
      {choosing && (
        <ChooseDialog
          disruptionId={disruptionId}
          currency={currency}
          client={choosing}
          onClose={() => setChoosing(null)}
        />
      )}
    </section>
  );
}

function ThanksRow({
  row,
  disruptionId,
  currency,
  onChange,
}: {
  row: ThankYouRow;
  disruptionId: string;
  currency: string;
  onChange: () => void;
}) {
  const { user } = useSession();
  const zone = useTimeZone();
  const toast = useToast();
  const queryClient = useQueryClient();
  const thankYou = row.thankYou;
  const done = useMutation({
    mutationFn: () => thanksApi.done(disruptionId, thankYou?.id ?? ''),
    onSuccess: async () => {
      toast(`Thank-you for ${row.clientName} done`);
      await queryClient.invalidateQueries({ queryKey: ['disruptions', disruptionId] });
    },
  });
  const isMoney = thankYou ? MONEY_KINDS.includes(thankYou.kind) : false;
  const blocked =
    isMoney && user.role !== 'owner'
      ? 'Only the owner applies money to billing'
      : isMoney && !row.hasLiveAgreement
        ? 'No active agreement to apply it to'
        : null;
  return (
    <li className="thanks-row">
      <div className="thanks-client">
        <strong>{row.clientName}</strong>
        <span className="muted">
          {thankYou ? describeThankYou(thankYou, currency) : 'Nothing chosen yet'}
        </span>
        {thankYou?.note && <span className="muted thanks-note">{thankYou.note}</span>}
      </div>
      {thankYou?.status === 'done' ? (
        <span className="thanks-done">
          <CheckCircle2 size={16} aria-hidden="true" /> Done{' '}
          {thankYou.doneAt ? formatDateTime(thankYou.doneAt, zone) : ''}
          {thankYou.doneBy ? ` by ${thankYou.doneBy.name}` : ''}
        </span>
      ) : (
        <div className="thanks-actions">
          <button type="button" className="btn btn-small" onClick={onChange}>
            {thankYou ? 'Change' : 'Choose'}
          </button>
          {thankYou && (
            <button
              type="button"
              className="btn btn-small btn-primary"
              disabled={done.isPending || blocked !== null}
              title={blocked ?? (isMoney ? 'Applies it to their billing now' : undefined)}
              onClick={() => done.mutate()}
            >
              {isMoney ? 'Apply & mark done' : 'Mark done'}
            </button>
          )}
          {blocked && <span className="thanks-blocked">{blocked}</span>}
        </div>
      )}
      {done.isError && <ErrorBanner error={done.error} />}
    </li>
  );
}
