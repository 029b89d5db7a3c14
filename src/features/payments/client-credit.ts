import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { clientAccountBalances } from '../ledger/client-account-balances.ts';

export interface CreditPosition {
  /** customer_credits in the journal: everything we hold for the client. */
  balanceMinor: number;
  /** Credits granted on active agreements and not yet taken off an invoice. */
  reservedMinor: number;
  /** What a service-credit payment may spend: the balance less what is reserved. */
  availableMinor: number;
}

/**
 * A client's credit balance and how much of it a service-credit payment may spend.
 *
 * Why a reserve: a credit granted on an agreement sits in the same balance, but the
 * billing run takes it off the next invoices by itself (a `credit` line). Spending it
 * again by a payment would spend it twice and overdraw the balance. So what those credits
 * still have to give is kept back; overpayments and payments moved off a void invoice are
 * free to spend. A credit on an agreement no longer active will never reach an invoice,
 * so it is free too.
 */
export async function clientCreditPosition(
  db: Db,
  workspaceId: string,
  clientId: string,
): Promise<CreditPosition> {
  const balances = await clientAccountBalances(db, workspaceId, clientId);
  const [reserved] = await queryRows<{ amount: string }>(
    db,
    sql`select coalesce(sum(greatest(c.amount_minor - coalesce((
              select sum(-l.amount_minor) from invoice_lines l
              join invoices i on i.workspace_id = l.workspace_id and i.id = l.invoice_id
              where l.workspace_id = c.workspace_id and l.source_id = c.id
                and l.kind = 'credit' and i.status <> 'void'), 0), 0)), 0)::bigint as amount
        from credits c
        join agreements a on a.workspace_id = c.workspace_id and a.id = c.agreement_id
        where c.workspace_id = ${workspaceId} and a.client_id = ${clientId} and a.status = 'active'`,
  );
  const balanceMinor = balances.customer_credits ?? 0;
  const reservedMinor = Number(reserved?.amount ?? 0);
  return { balanceMinor, reservedMinor, availableMinor: Math.max(0, balanceMinor - reservedMinor) };
}
