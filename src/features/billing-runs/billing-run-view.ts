import type { billingRuns } from '../../db/schema/index.ts';
import type { BillingRunView } from './schemas.ts';

/** A run that has not reported progress for this long is taken to have been killed. */
export const HEARTBEAT_TIMEOUT_MS = 5 * 60_000;

export function toBillingRunView(
  row: typeof billingRuns.$inferSelect,
  currency: string,
  now: Date,
): BillingRunView {
  const stale = row.status === 'running' && now.getTime() - row.heartbeatAt.getTime() > HEARTBEAT_TIMEOUT_MS;
  return {
    id: row.id,
    throughDate: row.throughDate,
    status: stale ? 'interrupted' : row.status,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    agreementsSeen: row.agreementsSeen,
    invoicesCreated: row.invoicesCreated,
    totalMinor: row.totalMinor,
    currency,
    error: row.error,
    actorLabel: row.actorLabel,
  };
}
