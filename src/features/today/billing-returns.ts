import { sql } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { addDays } from '../../core/calendar/today-in.ts';
import { formatDay } from '../../core/saves/index.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { visibleClientCondition } from '../clients/visibility.ts';
import type { BillingReturnView } from './schemas.ts';

/** How far ahead Today warns that a holiday, pause or reduction is ending. */
export const BILLING_RETURNS_DAYS = 14;

const SAYS = {
  holiday: 'Billing returns to normal on',
  pause: 'Service and billing resume on',
  reduction: 'Billing returns to full price on',
} as const;

/**
 * Save-desk holidays, pauses and reductions whose last period ends within the next two
 * weeks: "billing returns to normal on …", so someone can ring the client first. Only on
 * agreements still running; nothing for a stand-in, who does not see billing.
 */
export async function selectBillingReturns(
  db: Db,
  actor: Actor,
  today: string,
  limit: number,
): Promise<BillingReturnView[]> {
  if (!policies.seeBilling(actor)) return [];
  const rows = await queryRows<{
    offer_id: string;
    case_id: string;
    kind: keyof typeof SAYS;
    agreement_id: string;
    client_id: string;
    client_name: string;
    ends_on: string;
    returns_on: string;
  }>(
    db,
    sql`select o.id as offer_id, o.case_id, o.kind::text as kind, o.agreement_id,
          c.client_id, cl.name as client_name, o.ends_on::text as ends_on, o.returns_on::text as returns_on
        from save_offers o
        join save_cases c on c.workspace_id = o.workspace_id and c.id = o.case_id
        join clients cl on cl.workspace_id = c.workspace_id and cl.id = c.client_id
        join agreements a on a.workspace_id = o.workspace_id and a.id = o.agreement_id
        where o.workspace_id = ${actor.workspaceId} and o.status = 'accepted' and o.kind <> 'downgrade'
          and o.ends_on >= ${today}::date and o.ends_on < ${addDays(today, BILLING_RETURNS_DAYS)}::date
          and a.status = 'active'
          and ${visibleClientCondition(actor, sql`c.client_id`)}
        order by o.ends_on, o.id
        limit ${limit}`,
  );
  return rows.map((row) => ({
    offerId: row.offer_id,
    caseId: row.case_id,
    kind: row.kind,
    agreementId: row.agreement_id,
    clientId: row.client_id,
    clientName: row.client_name,
    endsOn: row.ends_on,
    returnsOn: row.returns_on,
    message: `${SAYS[row.kind]} ${formatDay(row.returns_on)}`,
  }));
}
