import { useQuery } from '@tanstack/react-query';
import { Banknote, FileText, Plus, Wallet } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { agreementsApi, paymentsApi } from '../../api/billing.ts';
import type { Client } from '../../api/types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useSession } from '../auth/session.tsx';
import { billingKeys } from '../billing/billing-keys.ts';
import { RecordPaymentDialog } from '../invoices/record-payment-dialog.tsx';
import { AgreementBalance } from './agreement-balance.tsx';
import { AgreementItem } from './agreement-item.tsx';
import { AgreementNewDialog } from './agreement-new-dialog.tsx';

/**
 * The money, second: below the relationship and the client's tasks, what they are signed
 * to, where their account stands and what the next year will bill. Not for stand-ins, who
 * look after the relationship while the owner is away, not the books.
 */
export function AgreementPanel({ client }: { client: Client }) {
  const { user } = useSession();
  if (user.role === 'stand_in') return null;
  return <Panel client={client} />;
}

function Panel({ client }: { client: Client }) {
  const { workspace } = useSession();
  const [adding, setAdding] = useState(false);
  const [paying, setPaying] = useState(false);
  const [showPast, setShowPast] = useState(false);
  const agreements = useQuery({
    queryKey: billingKeys.agreements(client.id),
    queryFn: () => agreementsApi.list({ clientId: client.id, limit: 50 }),
  });
  const balance = useQuery({
    queryKey: billingKeys.balance(client.id),
    queryFn: () => paymentsApi.balance(client.id),
  });
  const items = agreements.data?.items ?? [];
  const active = items.filter((agreement) => agreement.status === 'active');
  const past = items.filter((agreement) => agreement.status !== 'active');
  const shown = showPast ? [...active, ...past] : active;
  const canAdd = !client.archivedAt;
  // A prospect with no agreement and no money either way sees only the invitation to add one.
  const account = balance.data;
  const hasAccount =
    items.length > 0 ||
    Boolean(balance.error) ||
    (account !== undefined &&
      account.receivableMinor + account.creditAvailableMinor + account.deferredHolidayMinor > 0);

  return (
    <section className="card agreement-panel" aria-labelledby="agreements-heading">
      <header className="card-header">
        <h2 id="agreements-heading">
          <Wallet size={17} aria-hidden="true" /> Billing
          {active.length > 0 && <span className="card-count">{active.length}</span>}
        </h2>
        {canAdd && (
          <button type="button" className="btn btn-small" onClick={() => setAdding(true)}>
            <Plus size={14} aria-hidden="true" /> New agreement
          </button>
        )}
      </header>
      {hasAccount && (
        <AgreementBalance balance={account} error={balance.error}>
          <button type="button" className="btn btn-small" onClick={() => setPaying(true)}>
            <Banknote size={14} aria-hidden="true" /> Record payment
          </button>
          <Link href={`/billing?client=${client.id}`} className="btn btn-small btn-ghost">
            <FileText size={14} aria-hidden="true" /> Invoices
          </Link>
        </AgreementBalance>
      )}
      <ErrorBanner error={agreements.error} />
      {agreements.isPending ? (
        <Skeleton lines={4} label="Loading agreements" />
      ) : shown.length === 0 ? (
        !agreements.isError && (
          <EmptyState compact icon={Wallet} title="No active agreement">
            {past.length > 0
              ? 'Their earlier agreements have ended.'
              : 'When they sign up for a plan, add the agreement here; billing runs invoice it.'}
          </EmptyState>
        )
      ) : (
        <ul className="agreement-list">
          {shown.map((agreement) => (
            <AgreementItem
              key={agreement.id}
              agreement={agreement}
              canCancel
              previewOpen={agreement.status === 'active' && active.length === 1}
            />
          ))}
        </ul>
      )}
      {past.length > 0 && (
        <div className="card-footer">
          <button type="button" className="link-button" onClick={() => setShowPast((value) => !value)}>
            {showPast
              ? 'Hide past agreements'
              : `Show ${past.length} past agreement${past.length === 1 ? '' : 's'}`}
          </button>
        </div>
      )}
      <AgreementNewDialog client={client} open={adding} onClose={() => setAdding(false)} />
      <RecordPaymentDialog
        open={paying}
        onClose={() => setPaying(false)}
        target={{
          clientId: client.id,
          clientName: client.name,
          currency: account?.currency ?? workspace.currency,
          suggestedMinor: account?.receivableMinor ?? 0,
        }}
      />
    </section>
  );
}
