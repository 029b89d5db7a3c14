import { useQuery } from '@tanstack/react-query';
import { savesApi } from '../../api/saves.ts';
import type { SaveFigures as Figures } from '../../api/saves-types.ts';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { formatMoney, plural } from '../../lib/format.ts';
import { formatRate, OFFER_LABELS } from './labels.ts';
import { saveKeys } from './save-keys.ts';

/**
 * The desk's figures: save rate (cases kept over cases decided), the holidays' deferred
 * balance still to come back, and reductions back at full price — then the save rate by
 * offer as bars. Save quality, not just save rate (DESIGN.md, capability C).
 */
export function SaveFigures() {
  const figures = useSaveFigures();
  if (figures.isError) return <ErrorBanner error={figures.error} />;
  if (figures.isPending) return <Skeleton lines={2} label="Loading the figures" />;
  const data = figures.data;
  return (
    <dl className="stats save-stats">
      <div className="stat stat-save-rate">
        <dt>Save rate</dt>
        <dd>
          <span className="tabular">{formatRate(data.saveRateBasisPoints)}</span>
          <span className="stat-note">
            {data.retained} of {plural(data.decided, 'case')} decided
          </span>
        </dd>
      </div>
      <div className="stat">
        <dt>Open cases</dt>
        <dd>
          <span className="tabular">{data.open}</span>
          <span className="stat-note">of {plural(data.cases, 'call')}</span>
        </dd>
      </div>
      <div className="stat">
        <dt>Deferred, still to come back</dt>
        <dd>
          <span className="tabular">{formatMoney(data.deferred.outstandingMinor, data.currency)}</span>
          <span className="stat-note">
            {formatMoney(data.deferred.recoveredMinor, data.currency)} recovered of{' '}
            {formatMoney(data.deferred.deferredMinor, data.currency)}
          </span>
        </dd>
      </div>
      <div className="stat">
        <dt>Reductions active</dt>
        <dd>
          <span className="tabular">{data.reductions.active}</span>
          <span className="stat-note">{data.reductions.returnedToFullPrice} back at full price</span>
        </dd>
      </div>
    </dl>
  );
}

const useSaveFigures = () => useQuery({ queryKey: saveKeys.figures, queryFn: () => savesApi.figures() });

/** Save rate by offer as horizontal bars (CSS only); each bar says its cases, not just a length. */
export function SaveRateChart() {
  const query = useSaveFigures();
  if (!query.data) return null;
  const figures: Figures = query.data;
  const rows = [
    ...figures.byOffer.map((offer) => ({
      key: offer.kind,
      label: OFFER_LABELS[offer.kind],
      rate: offer.saveRateBasisPoints,
      note:
        offer.offeredCases === 0
          ? 'Not offered yet'
          : `${offer.savedCases} kept of ${plural(offer.offeredCases, 'case')} offered · ${offer.acceptedCases} accepted`,
    })),
    {
      key: 'none',
      label: 'No offer accepted',
      rate: figures.withoutOffer.saveRateBasisPoints,
      note:
        figures.withoutOffer.decided === 0
          ? 'No case yet'
          : `${figures.withoutOffer.retained} of ${plural(figures.withoutOffer.decided, 'case')}`,
    },
  ];
  return (
    <figure className="card rate-chart">
      <figcaption className="card-header">
        <div>
          <h2>Save rate by offer</h2>
          <p className="card-subtitle">Decided cases kept, where each offer was made</p>
        </div>
      </figcaption>
      <ul className="rate-bars">
        {rows.map((row) => (
          <li key={row.key} className={`rate-bar rate-bar-${row.key}`}>
            <span className="rate-label">{row.label}</span>
            <span className="rate-track" aria-hidden="true">
              <span
                className="rate-fill"
                style={{ width: `${row.rate === null ? 0 : Math.max(1, row.rate / 100)}%` }}
              />
            </span>
            <span className="rate-value tabular">{formatRate(row.rate)}</span>
            <span className="rate-note muted">{row.note}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
