import { useQuery } from '@tanstack/react-query';
import { CalendarOff, Gift, type LucideIcon, Pause, Percent, Plus, TrendingDown, Wallet } from 'lucide-react';
import { useState } from 'react';
import { agreementsApi, plansApi } from '../../api/billing.ts';
import type { OfferKind, SaveCase, SavePolicy } from '../../api/saves-types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { todayIn } from '../../lib/format.ts';
import { useSession, useTimeZone } from '../auth/session.tsx';
import { billingKeys } from '../billing/billing-keys.ts';
import { currentPeriodIndex, periodsLabel } from '../client/agreement-labels.ts';
import { OFFER_BLURBS, OFFER_LABELS } from './labels.ts';
import { OfferForm } from './offer-form.tsx';
import { OfferItem } from './offer-item.tsx';
import { startOptions } from './start-options.ts';

const KINDS: { kind: OfferKind; icon: LucideIcon }[] = [
  { kind: 'holiday', icon: CalendarOff },
  { kind: 'reduction', icon: Percent },
  { kind: 'downgrade', icon: TrendingDown },
  { kind: 'pause', icon: Pause },
];

/**
 * Step 2, after the listening: offers bounded by the owner's policy, each previewed as
 * the client's next 12 invoices without and with it, then accepted or declined.
 */
export function OffersStep({ saveCase, policy }: { saveCase: SaveCase; policy: SavePolicy }) {
  const { user } = useSession();
  const isOpen = saveCase.status === 'open';
  const offers = [...saveCase.offers].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const latest = offers.find((offer) => offer.status !== 'declined');
  const [openId, setOpenId] = useState<string | null | undefined>(undefined);
  // Once the client has said yes, the call moves on to the outcome; another offer stays one click away.
  const hasAccepted = offers.some((offer) => offer.status === 'accepted');
  const [wantsAnother, setWantsAnother] = useState(false);
  if (!isOpen && offers.length === 0) return null;
  const shownId = openId === undefined ? latest?.id : openId;

  return (
    <section className="card offers-card" aria-labelledby="offers-heading" id="offers">
      <header className="card-header">
        <h2 id="offers-heading">
          <Gift size={17} aria-hidden="true" /> Offers
          {offers.length > 0 && <span className="card-count">{offers.length}</span>}
        </h2>
        {isOpen && <span className="muted">Step 2 of 3</span>}
      </header>
      {user.role === 'stand_in' ? (
        <EmptyState compact icon={Wallet} title="Offers are for the owner or staff">
          The call is logged; they will see the case on the save desk and take it from here.
        </EmptyState>
      ) : !saveCase.agreementId ? (
        <EmptyState compact icon={Wallet} title="No agreement to adjust">
          Offers change an agreement’s billing, and this client has no active agreement. Record the outcome
          below.
        </EmptyState>
      ) : (
        isOpen &&
        (hasAccepted && !wantsAnother ? (
          <div className="offer-another">
            <button type="button" className="btn btn-small" onClick={() => setWantsAnother(true)}>
              <Plus size={14} aria-hidden="true" /> Make another offer
            </button>
          </div>
        ) : (
          <OfferMaker
            caseId={saveCase.id}
            agreementId={saveCase.agreementId}
            policy={policy}
            isOwner={user.role === 'owner'}
            onProposed={(id) => setOpenId(id)}
          />
        ))
      )}
      {offers.length > 0 && (
        <OfferList
          saveCase={saveCase}
          offers={offers}
          shownId={shownId ?? null}
          onToggle={(id) => setOpenId(shownId === id ? null : id)}
        />
      )}
    </section>
  );
}

function OfferMaker({
  caseId,
  agreementId,
  policy,
  isOwner,
  onProposed,
}: {
  caseId: string;
  agreementId: string;
  policy: SavePolicy;
  isOwner: boolean;
  onProposed: (offerId: string) => void;
}) {
  const timeZone = useTimeZone();
  const today = todayIn(timeZone);
  const [kind, setKind] = useState<OfferKind>('holiday');
  const agreement = useQuery({
    queryKey: ['agreement', agreementId],
    queryFn: () => agreementsApi.get(agreementId),
  });
  const current = agreement.data ? currentPeriodIndex(agreement.data, today) : 0;
  const bills = useQuery({
    queryKey: [...billingKeys.preview(agreementId), current],
    queryFn: () => agreementsApi.preview(agreementId, current, 12),
    enabled: agreement.isSuccess,
  });
  const plans = useQuery({
    queryKey: [...billingKeys.plans, { showArchived: false }],
    queryFn: () => plansApi.list(false),
  });
  const error = agreement.error ?? bills.error ?? plans.error;
  if (error) return <ErrorBanner error={error} />;
  if (!agreement.data || !bills.data || !plans.data) return <Skeleton lines={5} label="Loading the offers" />;

  return (
    <div className="offer-maker">
      <fieldset className="offer-kinds">
        <legend className="visually-hidden">Kind of offer</legend>
        {KINDS.map(({ kind: item, icon: Icon }) => (
          <button
            key={item}
            type="button"
            className="offer-kind"
            aria-pressed={kind === item}
            onClick={() => setKind(item)}
          >
            <Icon size={17} aria-hidden="true" />
            <span className="offer-kind-name">{OFFER_LABELS[item]}</span>
            <span className="offer-kind-blurb">{OFFER_BLURBS[item]}</span>
          </button>
        ))}
      </fieldset>
      <OfferForm
        key={kind}
        caseId={caseId}
        kind={kind}
        policy={policy}
        agreement={agreement.data}
        starts={startOptions(bills.data.periods, today)}
        plans={plans.data.items}
        isOwner={isOwner}
        onProposed={(proposed) => onProposed(proposed.offer.id)}
      />
    </div>
  );
}

function OfferList({
  saveCase,
  offers,
  shownId,
  onToggle,
}: {
  saveCase: SaveCase;
  offers: SaveCase['offers'];
  shownId: string | null;
  onToggle: (id: string) => void;
}) {
  const { user } = useSession();
  const interval = saveCase.relationship.agreements.find(
    (item) => item.id === saveCase.agreementId,
  )?.interval;
  const noun = periodsLabel(1, interval ?? 'month').replace(/^1 /, '');
  return (
    <div className="offer-list-wrap">
      <h3 className="offer-list-title">Offers made</h3>
      <ul className="offer-list" aria-label="Offers made">
        {offers.map((offer) => (
          <OfferItem
            key={offer.id}
            offer={offer}
            caseId={saveCase.id}
            clientName={saveCase.client.name}
            currency={saveCase.relationship.currency}
            noun={noun}
            isOpen={shownId === offer.id}
            onToggle={() => onToggle(offer.id)}
            canDecide={saveCase.status === 'open' && user.role !== 'stand_in'}
          />
        ))}
      </ul>
    </div>
  );
}
