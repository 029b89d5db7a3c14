import type { OfferPreview } from '../../api/saves-types.ts';
import { formatCalendarDate, formatMoney, formatPeriod } from '../../lib/format.ts';
import { billNote } from '../client/agreement-preview.tsx';

type Bill = OfferPreview['without'][number];

const amountOf = (bill: Bill | undefined, money: (amount: number) => string) =>
  !bill || bill.outcome === 'after_end' ? '' : bill.outcome === 'invoice' ? money(bill.totalMinor) : '—';

/** "−€180.00", "+€0.00": a signed difference, the minus a real minus sign. */
export function signedMoney(amountMinor: number, currency: string): string {
  const text = formatMoney(Math.abs(amountMinor), currency);
  if (amountMinor < 0) return `−${text}`;
  return amountMinor > 0 ? `+${text}` : text;
}

/**
 * The next 12 invoices without and with the offer, period by period in one table so each
 * row reads across; the periods the offer changes are marked, with what changed. Both
 * columns come from the billing core, so this is what the billing run will issue.
 */
export function OfferComparison({ preview, label }: { preview: OfferPreview; label: string }) {
  const money = (amount: number) => formatMoney(amount, preview.currency);
  const withByPeriod = new Map(preview.with.map((bill) => [bill.periodIndex, bill]));
  const rows = preview.without
    .map((without) => ({ without, with: withByPeriod.get(without.periodIndex) }))
    .filter((row) => row.without.outcome !== 'after_end' || (row.with && row.with.outcome !== 'after_end'));
  const { next12 } = preview;
  const termBefore = preview.termWithout.effectiveEnd ?? preview.termWithout.commitmentEnd;
  const termAfter = preview.termWith.effectiveEnd ?? preview.termWith.commitmentEnd;
  const isCommitment = !preview.termWith.effectiveEnd && Boolean(preview.termWith.commitmentEnd);

  return (
    <div className="comparison">
      <table className="comparison-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Invoice</th>
            <th scope="col" className="num">
              Without
            </th>
            <th scope="col" className="num">
              With the offer
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ without, with: withOffer }) => {
            const isChanged =
              !withOffer ||
              withOffer.totalMinor !== without.totalMinor ||
              withOffer.outcome !== without.outcome;
            const note = withOffer && isChanged ? billNote(withOffer, preview.currency) : null;
            return (
              <tr key={without.periodIndex} className={isChanged ? 'comparison-changed' : undefined}>
                <th scope="row">{formatPeriod(without.start, without.end)}</th>
                <td className="num tabular comparison-without">{amountOf(without, money)}</td>
                <td className="num">
                  <span className="tabular comparison-with">{amountOf(withOffer, money)}</span>
                  {note && <span className="comparison-note">{note}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="comparison-total">
            <th scope="row">Next {next12.periods} invoices</th>
            <td className="num tabular">{money(next12.withoutMinor)}</td>
            <td className="num tabular">{money(next12.withMinor)}</td>
          </tr>
        </tfoot>
      </table>
      {termBefore !== termAfter && termAfter && (
        <p className="comparison-term">
          {isCommitment ? 'Committed through' : 'The agreement now runs to'} {formatCalendarDate(termAfter)}
          {termBefore ? ` (was ${formatCalendarDate(termBefore)})` : ''}.
        </p>
      )}
    </div>
  );
}

/**
 * What the offer does to revenue: over the next 12 invoices, and — when it reaches
 * further, as a holiday's payback does — through the end of the agreement.
 */
export function RevenueEffect({ preview }: { preview: OfferPreview }) {
  const { next12, throughEnd, currency } = preview;
  const isLonger =
    throughEnd.periods > next12.periods && throughEnd.differenceMinor !== next12.differenceMinor;
  return (
    <dl className="revenue-effect">
      <div className={next12.differenceMinor < 0 ? 'revenue-down' : 'revenue-even'}>
        <dt>Revenue, next {next12.periods} invoices</dt>
        <dd>
          <span className="tabular revenue-amount">{signedMoney(next12.differenceMinor, currency)}</span>
          <span className="muted tabular">
            {formatMoney(next12.withoutMinor, currency)} → {formatMoney(next12.withMinor, currency)}
          </span>
        </dd>
      </div>
      {isLonger && (
        <div className={throughEnd.differenceMinor < 0 ? 'revenue-down' : 'revenue-even'}>
          <dt>Through the end of the agreement</dt>
          <dd>
            <span className="tabular revenue-amount">
              {signedMoney(throughEnd.differenceMinor, currency)}
            </span>
            <span className="muted">
              {throughEnd.differenceMinor === 0
                ? 'Nothing lost: the skipped invoices are billed at the end'
                : `over ${throughEnd.periods} periods`}
            </span>
          </dd>
        </div>
      )}
    </dl>
  );
}
