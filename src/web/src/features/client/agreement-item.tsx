import { ChevronDown, ChevronRight } from 'lucide-react';
import { useId, useState } from 'react';
import type { Agreement } from '../../api/billing-types.ts';
import { formatCalendarDate, formatMoney, todayIn } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';
import { PER_INTERVAL } from '../billing/labels.ts';
import { AgreementCancelDialog } from './agreement-cancel-dialog.tsx';
import {
  ADJUSTMENT_TONES,
  adjustmentLabel,
  currentPeriodIndex,
  isAdjustmentCurrent,
} from './agreement-labels.ts';
import { AgreementPreview } from './agreement-preview.tsx';

const STATUS: Record<Agreement['status'], [string, string]> = {
  active: ['Active', 'badge-active'],
  ended: ['Ended', 'badge-neutral'],
  cancelled: ['Cancelled', 'badge-cancelled'],
};

/**
 * One agreement: its price, its dates (signed, moved by holidays, committed), what is
 * adjusting it now, credit left, and — opened — the next twelve periods as they will bill.
 */
export function AgreementItem({
  agreement,
  canCancel,
  previewOpen,
}: {
  agreement: Agreement;
  canCancel: boolean;
  previewOpen: boolean;
}) {
  const today = todayIn(useTimeZone());
  const previewId = useId();
  const [showPreview, setShowPreview] = useState(previewOpen);
  const [cancelling, setCancelling] = useState(false);
  const current = currentPeriodIndex(agreement, today);
  const adjustments = agreement.adjustments.filter((adjustment) => isAdjustmentCurrent(adjustment, current));
  const creditLeft = agreement.credits.reduce(
    (sum, credit) => sum + Math.max(0, credit.amountMinor - credit.usedMinor),
    0,
  );
  const [statusLabel, statusTone] = STATUS[agreement.status];
  const isActive = agreement.status === 'active';
  const movedEnd =
    agreement.effectiveEnd && agreement.effectiveEnd !== agreement.termEnd ? agreement.effectiveEnd : null;
  const commitment =
    agreement.commitmentEnd && agreement.commitmentEnd !== (agreement.effectiveEnd ?? agreement.termEnd)
      ? agreement.commitmentEnd
      : null;

  return (
    <li className="agreement" data-testid="agreement">
      <div className="agreement-head">
        <div>
          <p className="agreement-name">{agreement.plan?.name ?? agreement.description}</p>
          <p className="agreement-price">
            <span className="tabular">{formatMoney(agreement.priceMinor, agreement.currency)}</span>{' '}
            <span className="muted">{PER_INTERVAL[agreement.interval]}</span>
          </p>
        </div>
        <span className={`badge ${statusTone}`}>{statusLabel}</span>
      </div>
      <dl className="agreement-dates">
        <div>
          <dt>Started</dt>
          <dd>{formatCalendarDate(agreement.startsOn)}</dd>
        </div>
        <div>
          <dt>Term</dt>
          <dd>{agreement.termEnd ? `to ${formatCalendarDate(agreement.termEnd)}` : 'Open-ended'}</dd>
        </div>
        {movedEnd && (
          <div>
            <dt>{agreement.status === 'cancelled' ? 'Billing ends' : 'Ends, as adjusted'}</dt>
            <dd>{formatCalendarDate(movedEnd)}</dd>
          </div>
        )}
        {commitment && (
          <div>
            <dt>Committed to</dt>
            <dd>{formatCalendarDate(commitment)}</dd>
          </div>
        )}
      </dl>
      {(adjustments.length > 0 || creditLeft > 0) && (
        <ul className="agreement-badges" aria-label="Adjustments and credits">
          {adjustments.map((adjustment) => (
            <li key={adjustment.id} className={`badge ${ADJUSTMENT_TONES[adjustment.kind]}`}>
              {adjustmentLabel(adjustment, agreement)}
            </li>
          ))}
          {creditLeft > 0 && (
            <li className="badge badge-success">Credit left {formatMoney(creditLeft, agreement.currency)}</li>
          )}
        </ul>
      )}
      <div className="agreement-actions">
        <button
          type="button"
          className="link-button"
          aria-expanded={showPreview}
          aria-controls={previewId}
          onClick={() => setShowPreview((value) => !value)}
        >
          {showPreview ? (
            <ChevronDown size={14} aria-hidden="true" />
          ) : (
            <ChevronRight size={14} aria-hidden="true" />
          )}
          Next 12 periods
        </button>
        {isActive && canCancel && (
          <button
            type="button"
            className="link-button link-button-danger"
            onClick={() => setCancelling(true)}
          >
            Cancel agreement
          </button>
        )}
      </div>
      <div id={previewId}>
        {showPreview && (
          <AgreementPreview
            agreement={agreement}
            fromPeriod={current}
            isUnderWay={agreement.startsOn <= today}
          />
        )}
      </div>
      {canCancel && (
        <AgreementCancelDialog agreement={agreement} open={cancelling} onClose={() => setCancelling(false)} />
      )}
    </li>
  );
}
