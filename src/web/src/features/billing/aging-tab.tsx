import { useQuery } from '@tanstack/react-query';
import { PartyPopper } from 'lucide-react';
import { Link } from 'wouter';
import { invoicesApi } from '../../api/billing.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { formatCalendarDate, formatMoney, plural } from '../../lib/format.ts';
import { AGING_BUCKETS, AgingChart } from './aging-chart.tsx';
import { billingKeys } from './billing-keys.ts';

/**
 * What clients owe, by how long past due. A client in the late buckets is a conversation
 * to have (a holiday, a reduction) before it is a debt to chase.
 */
export function AgingTab() {
  const aging = useQuery({ queryKey: billingKeys.aging, queryFn: () => invoicesApi.aging() });
  if (aging.isPending) return <Skeleton lines={6} label="Loading receivables" />;
  if (aging.isError) return <ErrorBanner error={aging.error} />;
  const { totals, currency, clients, asOf } = aging.data;
  const money = (amount: number) => formatMoney(amount, currency);
  const pastDue = totals.total - totals.current;

  return (
    <div className="stack">
      <section className="card" aria-labelledby="aging-heading">
        <header className="card-header">
          <div>
            <h2 id="aging-heading">Receivables aging</h2>
            <p className="card-subtitle">Owed at the end of {formatCalendarDate(asOf)}</p>
          </div>
          <dl className="aging-summary">
            <div>
              <dt>Outstanding</dt>
              <dd className="tabular">{money(totals.total)}</dd>
            </div>
            <div className={pastDue > 0 ? 'aging-summary-late' : undefined}>
              <dt>Past due</dt>
              <dd className="tabular">{money(pastDue)}</dd>
            </div>
          </dl>
        </header>
        <div className="card-body">
          <AgingChart totals={totals} currency={currency} />
        </div>
      </section>

      <section className="card" aria-labelledby="aging-clients-heading">
        <header className="card-header">
          <h2 id="aging-clients-heading">
            By client <span className="card-count">{clients.length}</span>
          </h2>
        </header>
        {clients.length === 0 ? (
          <EmptyState compact icon={PartyPopper} title="Nobody owes anything">
            Every issued invoice is paid.
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table aging-table">
              <thead>
                <tr>
                  <th scope="col">Client</th>
                  {AGING_BUCKETS.map((bucket) => (
                    <th key={bucket.key} scope="col" className="num">
                      {bucket.label}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    Total
                  </th>
                </tr>
              </thead>
              <tbody>
                {clients.map((row) => (
                  <tr key={row.clientId}>
                    <td>
                      <Link href={`/clients/${row.clientId}`} className="cell-strong">
                        {row.clientName}
                      </Link>
                      {row.oldestDaysPastDue > 0 && (
                        <span className="aging-oldest">
                          oldest {plural(row.oldestDaysPastDue, 'day')} late
                        </span>
                      )}
                    </td>
                    {AGING_BUCKETS.map((bucket) => (
                      <td
                        key={bucket.key}
                        className={`num tabular${row[bucket.key] === 0 ? ' cell-zero' : ''}${
                          row[bucket.key] > 0 && bucket.key !== 'current' ? ` aging-cell-${bucket.tone}` : ''
                        }`}
                      >
                        {row[bucket.key] === 0 ? '—' : money(row[bucket.key])}
                      </td>
                    ))}
                    <td className="num tabular cell-strong">{money(row.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
