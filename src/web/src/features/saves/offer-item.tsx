import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ChevronDown, ChevronRight, ShieldAlert, ThumbsDown, ThumbsUp } from 'lucide-react';
import { useId } from 'react';
import { savesApi } from '../../api/saves.ts';
import type { SaveOffer } from '../../api/saves-types.ts';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useToast } from '../../components/toaster.tsx';
import { todayIn } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';
import { ConfirmationNote } from './confirmation-note.tsx';
import { OFFER_LABELS, offerDatesLabel, offerTermsLabel } from './labels.ts';
import { OfferComparison, RevenueEffect, signedMoney } from './offer-comparison.tsx';
import { refreshAfterDecision, saveKeys } from './save-keys.ts';

const STATUS: Record<SaveOffer['status'], [string, string]> = {
  proposed: ['On the table', 'badge-open'],
  accepted: ['Accepted', 'badge-success'],
  declined: ['Declined', 'badge-neutral'],
};

interface OfferItemProps {
  offer: SaveOffer;
  caseId: string;
  clientName: string;
  currency: string;
  /** The agreement's period, "month". */
  noun: string;
  isOpen: boolean;
  onToggle: () => void;
  /** Whether the case is open and the user may accept or decline. */
  canDecide: boolean;
}

/**
 * One offer made on the call: its terms and dates, what it does to revenue, and — opened —
 * the next 12 invoices without and with it, with the client's answer. Once accepted it
 * shows the plain confirmation to hand over.
 */
export function OfferItem({
  offer,
  caseId,
  clientName,
  currency,
  noun,
  isOpen,
  onToggle,
  canDecide,
}: OfferItemProps) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const timeZone = useTimeZone();
  const bodyId = useId();
  const isProposed = offer.status === 'proposed';
  const preview = useQuery({
    queryKey: saveKeys.preview(caseId, offer.id),
    queryFn: () => savesApi.preview(caseId, offer.id),
    enabled: isOpen && isProposed,
  });
  const decide = useMutation({
    mutationFn: async (answer: 'accept' | 'decline'): Promise<unknown> =>
      answer === 'accept' ? savesApi.accept(caseId, offer.id) : savesApi.decline(caseId, offer.id),
    onSuccess: async (_, answer) => {
      toast(answer === 'accept' ? 'Accepted — the confirmation is ready to hand over' : 'Offer declined');
      await refreshAfterDecision(queryClient);
    },
  });
  const [statusLabel, statusTone] = STATUS[offer.status];
  const label = offerTermsLabel(offer, currency, noun);

  return (
    <li className={`offer-item offer-item-${offer.status}`} data-testid="offer">
      <div className="offer-item-head">
        <button
          type="button"
          className="offer-item-toggle"
          aria-expanded={isOpen}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          {isOpen ? (
            <ChevronDown size={16} aria-hidden="true" />
          ) : (
            <ChevronRight size={16} aria-hidden="true" />
          )}
          <span>
            <span className="offer-item-kind">{OFFER_LABELS[offer.kind]}</span>
            <span className="offer-item-terms">{label}</span>
            <span className="offer-item-dates">{offerDatesLabel(offer)}</span>
          </span>
        </button>
        <div className="offer-item-side">
          <span className={`badge ${statusTone}`}>{statusLabel}</span>
          <span
            className={`offer-item-effect tabular${offer.revenueEffectMinor < 0 ? ' revenue-negative' : ''}`}
            title="Revenue over the next 12 invoices"
          >
            {signedMoney(offer.revenueEffectMinor, currency)}
            <span className="muted"> / 12 invoices</span>
          </span>
        </div>
      </div>
      {offer.override && (
        <p className="offer-override">
          <ShieldAlert size={14} aria-hidden="true" /> Beyond the policy, on the owner’s reason: “
          {offer.override.reason}”
        </p>
      )}
      <div id={bodyId}>
        {isOpen && isProposed && (
          <div className="offer-item-body">
            {preview.isPending ? (
              <Skeleton lines={6} label="Loading the preview" />
            ) : preview.isError ? (
              <ErrorBanner error={preview.error} />
            ) : (
              <>
                <RevenueEffect preview={preview.data} />
                <OfferComparison
                  preview={preview.data}
                  label={`Next 12 invoices without and with: ${label}`}
                />
              </>
            )}
            <ErrorBanner error={decide.error} />
            {canDecide && (
              <div className="offer-decision">
                <span className="muted">Read it to the client. Do they want it?</span>
                <div className="form-actions">
                  <button
                    type="button"
                    className="btn"
                    disabled={decide.isPending}
                    onClick={() => decide.mutate('decline')}
                  >
                    <ThumbsDown size={15} aria-hidden="true" /> Client declines
                  </button>
                  <button
                    type="button"
                    className="btn btn-primary"
                    disabled={decide.isPending}
                    onClick={() => decide.mutate('accept')}
                  >
                    <ThumbsUp size={15} aria-hidden="true" />
                    {decide.isPending && decide.variables === 'accept' ? 'Accepting…' : 'Client accepts'}
                  </button>
                </div>
              </div>
            )}
          </div>
        )}
        {isOpen && offer.status === 'accepted' && offer.confirmation && (
          <div className="offer-item-body">
            <ConfirmationNote
              text={offer.confirmation}
              clientName={clientName}
              agreedOn={offer.decidedAt ? todayIn(timeZone, new Date(offer.decidedAt)) : todayIn(timeZone)}
            />
          </div>
        )}
      </div>
    </li>
  );
}
