import type { AgingTotals } from '../../api/billing-types.ts';
import { formatMoney } from '../../lib/format.ts';

export const AGING_BUCKETS: { key: keyof Omit<AgingTotals, 'total'>; label: string; tone: string }[] = [
  { key: 'current', label: 'Current', tone: 'current' },
  { key: 'days1To30', label: '1–30 days', tone: 'late-1' },
  { key: 'days31To60', label: '31–60 days', tone: 'late-2' },
  { key: 'days61To90', label: '61–90 days', tone: 'late-3' },
  { key: 'days90Plus', label: '90+ days', tone: 'late-4' },
];

/**
 * Five bars, current to 90+ days past due, coloured from calm to alarming. Heights are
 * only layout (a share of the tallest bar); the amounts printed are the exact figures.
 */
export function AgingChart({ totals, currency }: { totals: AgingTotals; currency: string }) {
  const tallest = Math.max(1, ...AGING_BUCKETS.map((bucket) => totals[bucket.key]));
  return (
    <figure className="aging-chart">
      <figcaption className="visually-hidden">Receivables by days past due</figcaption>
      <ul className="aging-bars">
        {AGING_BUCKETS.map((bucket) => {
          const amount = totals[bucket.key];
          const share = totals.total > 0 ? Math.round((amount / totals.total) * 100) : 0;
          return (
            <li key={bucket.key} className={`aging-bar aging-${bucket.tone}`}>
              <span className="aging-amount tabular">{formatMoney(amount, currency)}</span>
              <span className="aging-track" aria-hidden="true">
                <span
                  className="aging-fill"
                  style={{ height: `${amount > 0 ? Math.max(3, (amount / tallest) * 100) : 0}%` }}
                />
              </span>
              <span className="aging-label">{bucket.label}</span>
              <span className="aging-share muted">{share}%</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
