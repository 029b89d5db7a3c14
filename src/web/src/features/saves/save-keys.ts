import type { QueryClient } from '@tanstack/react-query';

/** Query keys of the save desk; each list key is a prefix of its filtered variants. */
export const saveKeys = {
  cases: ['saves'] as const,
  case: (id: string) => ['save-case', id] as const,
  figures: ['save-figures'] as const,
  policy: ['save-policy'] as const,
  preview: (caseId: string, offerId: string) => ['offer-preview', caseId, offerId] as const,
  activeAdjustments: (clientId: string) => ['active-adjustments', clientId] as const,
};

/**
 * After a decision on a case (an offer accepted, an outcome) billing has moved too: the
 * case, the desk's list and figures, the client's badge, tasks (post-mortem actions),
 * agreements, previews, balances and Today are all refreshed.
 */
export function refreshAfterDecision(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(
    [
      ['save-case'],
      saveKeys.cases,
      saveKeys.figures,
      ['active-adjustments'],
      ['agreements'],
      ['agreement'],
      ['agreement-preview'],
      ['client-balance'],
      ['client'],
      ['tasks'],
      ['today'],
    ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}
