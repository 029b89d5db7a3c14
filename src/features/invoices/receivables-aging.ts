import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { ageReceivables } from '../../core/ledger/aging.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';
import { workspaceToday } from '../tasks/workspace-today.ts';
import { requireBillingReader } from './invoice-views.ts';
import type { AgingView } from './schemas.ts';

/**
 * Receivables aging as of a date (default today): what each invoice owed at the end of
 * that day, from the journal entries posted by then, bucketed by days past due. Reading
 * the journal rather than today's paid amounts makes a past date exact: a payment
 * received later, or a void made later, does not change what was owed then.
 */
export async function receivablesAging(
  db: Db,
  actor: Actor,
  query: { asOf?: string | undefined },
  now: Date,
): Promise<AgingView> {
  requireBillingReader(actor);
  const workspaceId = actor.workspaceId;
  const asOf = query.asOf ?? (await workspaceToday(db, workspaceId, now));
  const rows = await queryRows<{
    invoice_id: string;
    client_id: string;
    client_name: string;
    due_on: string;
    outstanding: string;
  }>(
    db,
    sql`select i.id as invoice_id, i.client_id, c.name as client_name, i.due_on::text as due_on,
          sum(l.debit_minor - l.credit_minor)::bigint as outstanding
        from journal_lines l
        join journal_entries e on e.workspace_id = l.workspace_id and e.id = l.entry_id
        join invoices i on i.workspace_id = l.workspace_id and i.id = l.invoice_id
        join clients c on c.workspace_id = i.workspace_id and c.id = i.client_id
        where l.workspace_id = ${workspaceId} and l.account = 'accounts_receivable'
          and e.posted_on <= ${asOf}::date
        group by i.id, i.client_id, c.name, i.due_on
        having sum(l.debit_minor - l.credit_minor) > 0`,
  );
  const report = ageReceivables(
    rows.map((row) => ({
      invoiceId: row.invoice_id,
      clientId: row.client_id,
      dueOn: row.due_on,
      outstandingMinor: Number(row.outstanding),
    })),
    asOf,
  );
  const names = new Map(rows.map((row) => [row.client_id, row.client_name]));
  return {
    asOf,
    currency: await workspaceCurrency(db, workspaceId),
    totals: report.totals,
    clients: report.clients.map((client) => ({ ...client, clientName: names.get(client.clientId) ?? '' })),
  };
}
