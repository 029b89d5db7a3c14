import { sql } from 'drizzle-orm';
import { checkJournal, type InvoiceFacts, type LedgerProblem } from '../../core/ledger/check-journal.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { loadJournal } from './load-journal.ts';
import { type SqlProblem, sqlCrossCheck } from './sql-cross-check.ts';

export type LedgerCheckProblem = LedgerProblem | SqlProblem;

export interface LedgerCheckReport {
  isBalanced: boolean;
  entries: number;
  /** Clients with an invoice, a payment or a journal line. */
  clients: number;
  invoices: number;
  /** Empty when the ledger is sound; otherwise every fault found, each worded to print as is. */
  problems: LedgerCheckProblem[];
}

/**
 * Proves a workspace's ledger (`rapport ledger check`, `GET /api/v1/ledger/check`): the
 * core's `checkJournal` over every entry and every invoice as billing records it, then
 * the same sums again in SQL with the stored figures the journal does not hold. Reads
 * only, in one read-only snapshot.
 */
export function checkLedger(db: Db, workspaceId: string): Promise<LedgerCheckReport> {
  // One snapshot for every query, so a payment landing midway cannot look like a fault.
  return db.transaction((tx) => checkSnapshot(tx, workspaceId), {
    isolationLevel: 'repeatable read',
    accessMode: 'read only',
  });
}

async function checkSnapshot(db: Db, workspaceId: string): Promise<LedgerCheckReport> {
  const entries = await loadJournal(db, workspaceId);
  const invoiceRows = await queryRows<{
    id: string;
    client_id: string;
    total_minor: string;
    allocated: string;
    is_void: boolean;
  }>(
    db,
    sql`select i.id, i.client_id, i.total_minor, i.status = 'void' as is_void,
          coalesce((select sum(a.amount_minor) from payment_allocations a
            where a.workspace_id = i.workspace_id and a.invoice_id = i.id), 0)::bigint as allocated
        from invoices i where i.workspace_id = ${workspaceId}`,
  );
  const invoices: InvoiceFacts[] = invoiceRows.map((row) => ({
    id: row.id,
    clientId: row.client_id,
    totalMinor: Number(row.total_minor),
    allocatedMinor: Number(row.allocated),
    isVoid: row.is_void,
  }));
  const [clientCount] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (
          select client_id from invoices where workspace_id = ${workspaceId}
          union select client_id from payments where workspace_id = ${workspaceId}
          union select client_id from journal_lines where workspace_id = ${workspaceId} and client_id is not null
        ) c`,
  );
  const problems: LedgerCheckProblem[] = [
    ...checkJournal(entries, invoices),
    ...(await sqlCrossCheck(db, workspaceId)),
  ];
  return {
    isBalanced: problems.length === 0,
    entries: entries.length,
    clients: clientCount?.n ?? 0,
    invoices: invoices.length,
    problems,
  };
}
