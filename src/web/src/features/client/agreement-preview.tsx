import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { agreementsApi } from '../../api/billing.ts';
import type { Agreement, PeriodBill } from '../../api/billing-types.ts';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { formatCalendarDate, formatMoney, formatPeriod } from '../../lib/format.ts';
import { billingKeys } from '../billing/billing-keys.ts';

const PREVIEW_PERIODS = 12;

/**
 * What changes the period's bill, in a few words: everything but the base price. The save
 * desk's side-by-side preview notes its periods with it too.
 */
export function billNote(bill: PeriodBill, currency: string): string | null {
  if (bill.outcome === 'paused') return 'Paused — no invoice';
  if (bill.outcome === 'cancelled') return 'Cancelled — no invoice';
  const extras = bill.lines.filter((line) => line.kind !== 'base');
  if (extras.length === 0) return null;
  return extras.map((line) => `${line.description} ${formatMoney(line.amountMinor, currency)}`).join(' · ');
}

/**
 * The next twelve periods from the one under way, as the billing core will invoice them:
 * holidays, reductions and credits included, and a link on each period already invoiced.
 */
export function AgreementPreview({
  agreement,
  fromPeriod,
  isUnderWay,
}: {
  agreement: Agreement;
  /** The period under way (or 0 before the start): the first row. */
  fromPeriod: number;
  /** Whether the first row is the period running today, marked "Now". */
  isUnderWay: boolean;
}) {
  const preview = useQuery({
    queryKey: [...billingKeys.preview(agreement.id), fromPeriod],
    queryFn: () => agreementsApi.preview(agreement.id, fromPeriod, PREVIEW_PERIODS),
  });
  if (preview.isPending) return <Skeleton lines={4} label="Loading the preview" />;
  if (preview.isError) return <ErrorBanner error={preview.error} />;
  const periods = preview.data.periods.filter((bill) => bill.outcome !== 'after_end');
  const ended = periods.length < preview.data.periods.length;
  const money = (amount: number) => formatMoney(amount, preview.data.currency);
  if (periods.length === 0) {
    return (
      <p className="preview-empty">
        Nothing more to bill
        {agreement.effectiveEnd ? `: billing ended ${formatCalendarDate(agreement.effectiveEnd)}.` : '.'}
      </p>
    );
  }

  return (
    <div className="preview">
      <table
        className="preview-table"
        aria-label={`Next ${PREVIEW_PERIODS} periods of ${agreement.description}`}
      >
        <thead className="visually-hidden">
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Amount</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((bill) => {
            const note = billNote(bill, preview.data.currency);
            const isBilled = bill.outcome === 'invoice';
            return (
              <tr key={bill.periodIndex} className={isBilled ? undefined : 'preview-skipped'}>
                <th scope="row">
                  <span className="preview-period">
                    {formatPeriod(bill.start, bill.end)}
                    {isUnderWay && bill.periodIndex === fromPeriod && (
                      <span className="preview-now">Now</span>
                    )}
                  </span>
                  {note && <span className="preview-note">{note}</span>}
                </th>
                <td>
                  <span className="tabular preview-amount">{isBilled ? money(bill.totalMinor) : '—'}</span>
                  {bill.invoiceId && (
                    <Link href={`/invoices/${bill.invoiceId}`} className="preview-invoiced">
                      Invoiced
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="preview-foot">
        <span>
          {ended && agreement.effectiveEnd
            ? `Billing ends ${formatCalendarDate(agreement.effectiveEnd)}`
            : `${periods.length} periods`}
        </span>
        <span className="tabular">{money(preview.data.totalMinor)}</span>
      </p>
    </div>
  );
}
