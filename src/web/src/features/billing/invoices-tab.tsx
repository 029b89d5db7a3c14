import { useInfiniteQuery } from '@tanstack/react-query';
import { FileText, SearchX } from 'lucide-react';
import { Link, useLocation, useSearch } from 'wouter';
import { type InvoiceListParams, invoicesApi } from '../../api/billing.ts';
import type { InvoiceState } from '../../api/billing-types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { LoadMoreFooter } from '../../components/load-more-footer.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useSession } from '../auth/session.tsx';
import { billingKeys } from './billing-keys.ts';
import { ClientFilter } from './client-filter.tsx';
import { InvoiceTable } from './invoice-table.tsx';
import { INVOICE_STATE_LABELS } from './labels.ts';

const STATES = Object.entries(INVOICE_STATE_LABELS) as [InvoiceState, string][];

/** Every invoice, newest first, filtered by status, overdue and client; the filters live in the URL. */
export function InvoicesTab() {
  const { user } = useSession();
  const [, navigate] = useLocation();
  const search = new URLSearchParams(useSearch());
  const params: InvoiceListParams = {
    status: (search.get('status') ?? '') as InvoiceState | '',
    overdue: search.get('overdue') === 'true' ? 'true' : '',
    clientId: search.get('client') ?? '',
  };
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    navigate(`/billing${next.size ? `?${next}` : ''}`, { replace: true });
  };
  const list = useInfiniteQuery({
    queryKey: [...billingKeys.invoices, params],
    queryFn: ({ pageParam, signal }) => invoicesApi.list({ ...params, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(params.status || params.overdue || params.clientId);

  return (
    <>
      <search className="toolbar" aria-label="Filter invoices">
        <ClientFilter clientId={params.clientId ?? ''} onChange={(value) => setParam('client', value)} />
        <label className="visually-hidden" htmlFor="invoice-status">
          Status
        </label>
        <select
          id="invoice-status"
          value={params.status}
          onChange={(event) => setParam('status', event.target.value)}
        >
          <option value="">All statuses</option>
          {STATES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <label className="check toolbar-check">
          <input
            type="checkbox"
            checked={params.overdue === 'true'}
            onChange={(event) => setParam('overdue', event.target.checked ? 'true' : '')}
          />
          Overdue only
        </label>
      </search>
      <ErrorBanner error={list.error} />
      <section className="card" aria-label="Invoices">
        {list.isPending ? (
          <Skeleton lines={6} label="Loading invoices" />
        ) : items.length === 0 ? (
          !list.isError &&
          (filtered ? (
            <EmptyState icon={SearchX} title="No invoices match">
              {params.overdue ? 'Nothing is overdue here — good news.' : 'Try other filters.'}
            </EmptyState>
          ) : (
            <EmptyState
              icon={FileText}
              title="No invoices yet"
              action={user.role === 'owner' ? <Link href="/billing/runs">Run billing</Link> : undefined}
            >
              Invoices are issued by billing runs, one per agreement and period, at the start of each period.
            </EmptyState>
          ))
        ) : (
          <InvoiceTable invoices={items} showClient={!params.clientId} />
        )}
        <LoadMoreFooter list={list} label="Load more" />
      </section>
    </>
  );
}
