import { useQuery } from '@tanstack/react-query';
import { ArrowLeft, UserX } from 'lucide-react';
import { Link } from 'wouter';
import { ApiError } from '../../api/client.ts';
import { clientsApi } from '../../api/clients.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { AgreementPanel } from './agreement-panel.tsx';
import { ClientDetailsCard } from './client-details-card.tsx';
import { ClientHeader } from './client-header.tsx';
import { ClientTasks } from './client-tasks.tsx';
import { LogInteractionForm } from './log-interaction-form.tsx';
import { OpenCallbacks } from './open-callbacks.tsx';
import { RelationshipCard } from './relationship-card.tsx';
import { Timeline } from './timeline.tsx';

/** The relationship first: who they are, how long, what is open, every touch; the money later. */
export function ClientPage({ id }: { id: string }) {
  const client = useQuery({ queryKey: ['client', id], queryFn: () => clientsApi.get(id) });

  if (client.isPending) {
    return (
      <div className="page">
        <Skeleton lines={10} label="Loading client" />
      </div>
    );
  }
  if (client.isError) {
    const missing = client.error instanceof ApiError && client.error.status === 404;
    return (
      <div className="page">
        {missing ? (
          <EmptyState
            icon={UserX}
            title="Client not found"
            action={<Link href="/clients">Back to clients</Link>}
          >
            It may have been removed, or it is not assigned to you.
          </EmptyState>
        ) : (
          <ErrorBanner error={client.error} />
        )}
      </div>
    );
  }
  const data = client.data;
  return (
    <div className="page">
      <Link href="/clients" className="back-link">
        <ArrowLeft size={15} aria-hidden="true" /> Clients
      </Link>
      <ClientHeader client={data} />
      <div className="columns">
        <div className="stack">
          <OpenCallbacks clientId={data.id} />
          <LogInteractionForm clientId={data.id} />
          <Timeline clientId={data.id} />
        </div>
        <div className="stack">
          <RelationshipCard client={data} />
          <ClientTasks clientId={data.id} />
          <AgreementPanel client={data} />
          <ClientDetailsCard client={data} />
        </div>
      </div>
    </div>
  );
}
