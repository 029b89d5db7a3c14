import type { QueryClient } from '@tanstack/react-query';

/** Query keys for billing data; each list key is a prefix of its filtered variants. */
export const billingKeys = {
  plans: ['plans'] as const,
  agreements: (clientId: string) => ['agreements', clientId] as const,
  preview: (agreementId: string) => ['agreement-preview', agreementId] as const,
  runs: ['billing-runs'] as const,
  invoices: ['invoices'] as const,
  invoice: (id: string) => ['invoice', id] as const,
  aging: ['aging'] as const,
  balance: (clientId: string) => ['client-balance', clientId] as const,
};

/**
 * After anything that moves money (a payment, a run, a void, a new agreement) every view
 * of it is refreshed: agreements and their previews, invoices, aging, balances and Today's
 * MRR. Billing views are few and cheap, so refreshing them all beats tracking which moved.
 */
export function refreshBilling(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(
    [
      ['agreements'],
      ['agreement-preview'],
      billingKeys.runs,
      billingKeys.invoices,
      ['invoice'],
      billingKeys.aging,
      ['client-balance'],
      ['today'],
    ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}
