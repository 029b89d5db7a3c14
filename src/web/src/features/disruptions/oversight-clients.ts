import { useQuery } from '@tanstack/react-query';
import { oversightApi, oversightKeys } from '../../api/disruption-oversight.ts';

/**
 * The disruption's affected clients the signed-in user may act on, by name, with their
 * stand-in: every client for the team, a stand-in's own clients for them. The first 200,
 * enough for a stand-in's own list; the assignment table pages through them all, and the
 * meeting and input forms search them by name (`AffectedClientChoice`).
 */
export function useAffectedClients(disruptionId: string) {
  return useQuery({
    queryKey: oversightKeys.clients(disruptionId, 'picker'),
    queryFn: () => oversightApi.clients(disruptionId, { limit: 200 }),
  });
}
