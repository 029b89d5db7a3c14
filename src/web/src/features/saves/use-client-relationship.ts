import { useQuery } from '@tanstack/react-query';
import { agreementsApi, invoicesApi } from '../../api/billing.ts';
import { clientsApi } from '../../api/clients.ts';
import { interactionsApi } from '../../api/interactions.ts';
import { savesApi } from '../../api/saves.ts';
import type { Relationship, SaveCaseSummary } from '../../api/saves-types.ts';
import type { ClientDetail } from '../../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { billingKeys } from '../billing/billing-keys.ts';
import { saveKeys } from './save-keys.ts';

const RECENT = 5;

export interface ClientRelationship {
  client: ClientDetail | undefined;
  /** Undefined until every part has loaded. */
  relationship: Relationship | undefined;
  /** A case still open for this client, to continue rather than start again. */
  openCase: SaveCaseSummary | undefined;
  error: unknown;
  isPending: boolean;
}

/**
 * The relationship view for a call not saved yet, put together from what the client page
 * already loads (the client's summary, timeline and agreements) plus paid invoices for the
 * lifetime value. Once the case is saved the API's own `relationship` takes over.
 */
export function useClientRelationship(clientId: string): ClientRelationship {
  const { user, workspace } = useSession();
  const seesMoney = user.role !== 'stand_in';
  const client = useQuery({ queryKey: ['client', clientId], queryFn: () => clientsApi.get(clientId) });
  const touches = useQuery({
    queryKey: ['interactions', clientId, 'recent'],
    queryFn: () => interactionsApi.list(clientId),
  });
  const cases = useQuery({
    queryKey: [...saveKeys.cases, { clientId }],
    queryFn: () => savesApi.list({ clientId, limit: 50 }),
  });
  const agreements = useQuery({
    queryKey: billingKeys.agreements(clientId),
    queryFn: () => agreementsApi.list({ clientId, limit: 50 }),
    enabled: seesMoney,
  });
  const paid = useQuery({
    queryKey: [...billingKeys.invoices, { clientId, lifetime: true }],
    queryFn: () => invoicesApi.list({ clientId, limit: 200 }),
    enabled: seesMoney,
    select: (page) =>
      page.items
        .filter((invoice) => invoice.status !== 'void')
        .reduce((sum, invoice) => sum + invoice.paidMinor, 0),
  });
  const parts = seesMoney ? [client, touches, cases, agreements, paid] : [client, touches, cases];
  const error = parts.find((part) => part.error)?.error ?? null;
  const isPending = parts.some((part) => part.isPending);
  const detail = client.data;
  const relationship: Relationship | undefined =
    isPending || !detail
      ? undefined
      : {
          since: detail.since,
          tenureDays: detail.summary.tenureDays,
          lifetimeValueMinor: seesMoney ? (paid.data ?? 0) : null,
          currency: workspace.currency,
          lastContactAt: detail.summary.lastContactAt,
          openCallbacks: detail.summary.openCallbacks,
          overdueCallbacks: detail.summary.overdueCallbacks,
          openTasks: detail.summary.openTasks,
          earlierCases: cases.data?.items.length ?? 0,
          recentInteractions: (touches.data?.items ?? [])
            .filter((touch) => touch.direction !== 'internal')
            .slice(0, RECENT)
            .map(({ id, occurredAt, channel, direction, summary }) => ({
              id,
              occurredAt,
              channel,
              direction,
              summary,
            })),
          agreements: (agreements.data?.items ?? []).map((agreement) => ({
            id: agreement.id,
            description: agreement.description,
            priceMinor: agreement.priceMinor,
            interval: agreement.interval,
            status: agreement.status,
            startsOn: agreement.startsOn,
          })),
        };
  return {
    client: detail,
    relationship,
    openCase: cases.data?.items.find((item) => item.status === 'open'),
    error,
    isPending,
  };
}
