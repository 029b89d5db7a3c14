import { useQuery } from '@tanstack/react-query';
import { ArrowLeft, FileQuestion, PhoneCall } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError } from '../../api/client.ts';
import { policyApi, savesApi } from '../../api/saves.ts';
import type { Relationship, SaveCase } from '../../api/saves-types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';
import { CallSteps } from './call-steps.tsx';
import { STATUS_LABELS } from './labels.ts';
import { ListenStep } from './listen-step.tsx';
import { OffersStep } from './offers-step.tsx';
import { OutcomeStep } from './outcome-step.tsx';
import { RelationshipPanel } from './relationship-panel.tsx';
import { saveKeys } from './save-keys.ts';
import { useClientRelationship } from './use-client-relationship.ts';

/** `/clients/:id/save` — a client on the phone wants to cancel: the relationship, then listening. */
export function NewCallPage({ clientId }: { clientId: string }) {
  const [, navigate] = useLocation();
  const timeZone = useTimeZone();
  const { client, relationship, openCase, error, isPending } = useClientRelationship(clientId);
  const policy = useQuery({ queryKey: saveKeys.policy, queryFn: policyApi.get });
  if (error || policy.error) return <PageError error={error ?? policy.error} />;
  if (isPending || !client || !relationship || !policy.data) return <PageLoading />;
  return (
    <CallLayout clientId={clientId} clientName={client.name} relationship={relationship} saveCase={undefined}>
      {openCase && (
        <p className="banner banner-warning">
          A call from {formatDateTime(openCase.calledAt, timeZone)} is still open.{' '}
          <Link href={`/saves/${openCase.id}`}>Continue that case</Link> rather than start another.
        </p>
      )}
      <ListenStep
        clientId={clientId}
        clientName={client.name}
        reasons={policy.data.saveReasons}
        relationship={relationship}
        onCreated={(saveCase) => navigate(`/saves/${saveCase.id}`, { replace: true })}
      />
    </CallLayout>
  );
}

/** `/saves/:id` — a logged call: what they said, the offers made, and how it ended. */
export function SaveCasePage({ id }: { id: string }) {
  const saveCase = useQuery({ queryKey: saveKeys.case(id), queryFn: () => savesApi.get(id) });
  const policy = useQuery({ queryKey: saveKeys.policy, queryFn: policyApi.get });
  if (saveCase.isError) {
    if (saveCase.error instanceof ApiError && saveCase.error.status === 404) {
      return (
        <div className="page">
          <EmptyState
            icon={FileQuestion}
            title="Save case not found"
            action={<Link href="/saves">Back to the save desk</Link>}
          >
            It may belong to a client who is not assigned to you.
          </EmptyState>
        </div>
      );
    }
    return <PageError error={saveCase.error} />;
  }
  if (policy.error) return <PageError error={policy.error} />;
  if (!saveCase.data || !policy.data) return <PageLoading />;
  const data = saveCase.data;
  return (
    <CallLayout
      clientId={data.client.id}
      clientName={data.client.name}
      relationship={data.relationship}
      saveCase={data}
    >
      <ListenStep
        clientId={data.client.id}
        clientName={data.client.name}
        reasons={policy.data.saveReasons}
        relationship={data.relationship}
        saveCase={data}
      />
      <OffersStep saveCase={data} policy={policy.data.saves} />
      <OutcomeStep saveCase={data} />
    </CallLayout>
  );
}

function CallLayout({
  clientId,
  clientName,
  relationship,
  saveCase,
  children,
}: {
  clientId: string;
  clientName: string;
  relationship: Relationship;
  saveCase: SaveCase | undefined;
  children: ReactNode;
}) {
  return (
    <div className="page page-call">
      <Link href={`/clients/${clientId}`} className="back-link">
        <ArrowLeft size={15} aria-hidden="true" /> {clientName}
      </Link>
      <header className="page-header call-header">
        <div>
          <p className="call-eyebrow">
            <PhoneCall size={14} aria-hidden="true" /> The call
          </p>
          <h1>
            {!saveCase || saveCase.status === 'open'
              ? `${clientName} wants to cancel`
              : `Call with ${clientName}`}
          </h1>
          <p className="page-subtitle">
            {saveCase && saveCase.status !== 'open'
              ? `${STATUS_LABELS[saveCase.status]} · ${saveCase.reason.label}`
              : 'Relationship first: listen, then see what would help.'}
          </p>
        </div>
        <CallSteps saveCase={saveCase} />
      </header>
      <div className="call-layout">
        <aside className="call-aside">
          <RelationshipPanel relationship={relationship} />
        </aside>
        <div className="stack call-flow">{children}</div>
      </div>
    </div>
  );
}

function PageLoading() {
  return (
    <div className="page">
      <Skeleton lines={10} label="Loading the call" />
    </div>
  );
}

function PageError({ error }: { error: unknown }) {
  return (
    <div className="page">
      <ErrorBanner error={error} />
    </div>
  );
}
