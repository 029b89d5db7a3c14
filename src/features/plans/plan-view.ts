import type { plans } from '../../db/schema/index.ts';
import type { PlanView } from './schemas.ts';

/** How a plan row looks through the API; the currency is the workspace's. */
export function toPlanView(row: typeof plans.$inferSelect, currency: string): PlanView {
  return {
    id: row.id,
    name: row.name,
    priceMinor: row.priceMinor,
    interval: row.interval,
    currency,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
