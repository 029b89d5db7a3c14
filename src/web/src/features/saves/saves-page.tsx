import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { LifeBuoy, SearchX } from 'lucide-react';
import { Link, useLocation, useSearch } from 'wouter';
import { policyApi, savesApi } from '../../api/saves.ts';
import type { SaveCaseStatus } from '../../api/saves-types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { LoadMoreFooter } from '../../components/load-more-footer.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useSession } from '../auth/session.tsx';
import { CaseTable } from './case-table.tsx';
import { STATUS_OPTIONS } from './labels.ts';
import { SaveFigures, SaveRateChart } from './save-figures.tsx';
import { saveKeys } from './save-keys.ts';

/**
 * The save desk: every call to cancel, how each ended, and the figures that say whether
 * the desk works — save rate, by offer, and the money deferred and returned.
 */
export function SavesPage() {
  const { user } = useSession();
  const [, navigate] = useLocation();
  const search = new URLSearchParams(useSearch());
  const status = (search.get('status') ?? '') as SaveCaseStatus | '';
  const reason = search.get('reason') ?? '';
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    navigate(`/saves${next.size ? `?${next}` : ''}`, { replace: true });
  };
  const policy = useQuery({ queryKey: saveKeys.policy, queryFn: policyApi.get });
  const list = useInfiniteQuery({
    queryKey: [...saveKeys.cases, { status, reason }],
    queryFn: ({ pageParam, signal }) =>
      savesApi.list({ status, reason, cursor: pageParam, limit: 50 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(status || reason);
  const seesFigures = user.role !== 'stand_in';

  return (
    <div className="page">
      <PageHeader
        title="Save desk"
        subtitle="Every client who called to cancel: what they said, what was offered, how it ended."
      />
      {seesFigures && (
        <>
          <SaveFigures />
          <SaveRateChart />
        </>
      )}
      <section className="card case-card" aria-labelledby="cases-heading">
        <header className="card-header">
          <h2 id="cases-heading">Calls</h2>
          <search className="toolbar case-filters" aria-label="Filter calls">
            <fieldset className="segmented">
              <legend className="visually-hidden">Status</legend>
              <button type="button" aria-pressed={status === ''} onClick={() => setParam('status', '')}>
                All
              </button>
              {STATUS_OPTIONS.map(([value, label]) => (
                <button
                  key={value}
                  type="button"
                  aria-pressed={status === value}
                  onClick={() => setParam('status', value)}
                >
                  {label}
                </button>
              ))}
            </fieldset>
            <label className="visually-hidden" htmlFor="case-reason">
              Reason
            </label>
            <select
              id="case-reason"
              value={reason}
              onChange={(event) => setParam('reason', event.target.value)}
            >
              <option value="">Every reason</option>
              {(policy.data?.saveReasons ?? []).map((item) => (
                <option key={item.code} value={item.code}>
                  {item.label}
                </option>
              ))}
            </select>
          </search>
        </header>
        <ErrorBanner error={list.error} />
        {list.isPending ? (
          <Skeleton lines={6} label="Loading calls" />
        ) : items.length === 0 ? (
          !list.isError &&
          (filtered ? (
            <EmptyState icon={SearchX} title="No calls match">
              Try another status or reason.
            </EmptyState>
          ) : (
            <EmptyState
              icon={LifeBuoy}
              title="No calls to cancel yet"
              action={<Link href="/clients">Go to clients</Link>}
            >
              When a client calls to cancel, open them and choose “Client wants to cancel?”: listen first,
              then offer.
            </EmptyState>
          ))
        ) : (
          <CaseTable cases={items} />
        )}
        <LoadMoreFooter list={list} label="Load more" />
      </section>
    </div>
  );
}
