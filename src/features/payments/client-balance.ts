import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { inOrder } from '../../db/in-order.ts';
import { queryRows } from '../../db/query-rows.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';
import { requireVisibleClient } from '../clients/visibility.ts';
import { requireBillingReader } from '../invoices/invoice-views.ts';
import { clientAccountBalances } from '../ledger/client-account-balances.ts';
import { workspaceToday } from '../tasks/workspace-today.ts';
import { clientCreditPosition } from './client-credit.ts';
import type { ClientBalanceView } from './schemas.ts';

/** A client's money position, every figure derived from the journal. */
export async function getClientBalance(
  db: Db,
  actor: Actor,
  clientId: string,
  now: Date,
): Promise<ClientBalanceView> {
  requireBillingReader(actor);
  const client = await requireVisibleClient(db, actor, clientId);
  const workspaceId = actor.workspaceId;
  const today = await workspaceToday(db, workspaceId, now);
  const [balances, credit, [overdue]] = await inOrder([
    () => clientAccountBalances(db, workspaceId, client.id),
    () => clientCreditPosition(db, workspaceId, client.id),
    () =>
      queryRows<{ amount: string }>(
        db,
        sql`select coalesce(sum(l.debit_minor - l.credit_minor), 0)::bigint as amount
          from journal_lines l
          join invoices i on i.workspace_id = l.workspace_id and i.id = l.invoice_id
          where l.workspace_id = ${workspaceId} and l.client_id = ${client.id}
            and l.account = 'accounts_receivable' and i.due_on < ${today}::date`,
      ),
  ]);
  return {
    clientId: client.id,
    currency: await workspaceCurrency(db, workspaceId),
    receivableMinor: balances.accounts_receivable ?? 0,
    overdueMinor: Number(overdue?.amount ?? 0),
    creditBalanceMinor: credit.balanceMinor,
    creditReservedMinor: credit.reservedMinor,
    creditAvailableMinor: credit.availableMinor,
    deferredHolidayMinor: balances.holiday_deferred ?? 0,
    barterOwedMinor: balances.barter_receivable ?? 0,
  };
}
