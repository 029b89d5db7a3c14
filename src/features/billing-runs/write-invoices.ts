import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { dueDateFor, type Invoice } from '../../core/billing/index.ts';
import { invoiceState } from '../../core/ledger/invoice-state.ts';
import type { JournalEntry } from '../../core/ledger/journal-entry.ts';
import { postInvoice } from '../../core/ledger/post-invoice.ts';
import type { Db } from '../../db/connect.ts';
import { type BulkColumn, insertRows } from '../../db/insert-rows.ts';
import { queryRows } from '../../db/query-rows.ts';
import { invoiceCounters, type invoiceLines, type invoices } from '../../db/schema/index.ts';
import { requirePosted } from '../billing-shared/posting.ts';
import { writeJournal } from '../billing-shared/write-journal.ts';

type InvoiceRow = typeof invoices.$inferInsert & { id: string };
type LineRow = typeof invoiceLines.$inferInsert;

const INVOICE_COLUMNS: BulkColumn<InvoiceRow>[] = [
  { name: 'workspace_id', type: 'uuid', value: (r) => r.workspaceId },
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'number', type: 'int4', value: (r) => r.number },
  { name: 'client_id', type: 'uuid', value: (r) => r.clientId },
  { name: 'agreement_id', type: 'uuid', value: (r) => r.agreementId },
  { name: 'period_index', type: 'int4', value: (r) => r.periodIndex },
  { name: 'period_start', type: 'date', value: (r) => r.periodStart },
  { name: 'period_end', type: 'date', value: (r) => r.periodEnd },
  { name: 'issued_on', type: 'date', value: (r) => r.issuedOn },
  { name: 'due_on', type: 'date', value: (r) => r.dueOn },
  { name: 'currency', type: 'text', value: (r) => r.currency },
  { name: 'total_minor', type: 'int8', value: (r) => r.totalMinor },
  { name: 'status', type: 'invoice_status', value: (r) => r.status ?? 'open' },
  { name: 'billing_run_id', type: 'uuid', value: (r) => r.billingRunId ?? null },
  { name: 'replaces_invoice_id', type: 'uuid', value: (r) => r.replacesInvoiceId ?? null },
];

const LINE_COLUMNS: BulkColumn<LineRow>[] = [
  { name: 'workspace_id', type: 'uuid', value: (r) => r.workspaceId },
  { name: 'invoice_id', type: 'uuid', value: (r) => r.invoiceId },
  { name: 'line_no', type: 'int4', value: (r) => r.lineNo },
  { name: 'kind', type: 'text', value: (r) => r.kind },
  { name: 'description', type: 'text', value: (r) => r.description },
  { name: 'amount_minor', type: 'int8', value: (r) => r.amountMinor },
  { name: 'source_id', type: 'uuid', value: (r) => r.sourceId ?? null },
];

export interface InvoiceToWrite {
  agreementId: string;
  clientId: string;
  invoice: Invoice;
}

/**
 * Takes the workspace's invoice counter (locking it until the transaction ends, so
 * numbers never skip or repeat), returning the last number used. Whoever holds it is the
 * only one issuing invoices in the workspace: a caller that reads what exists after
 * taking it sees every invoice committed before.
 */
export async function lockInvoiceCounter(db: Db, workspaceId: string): Promise<number> {
  const [row] = await queryRows<{ last_number: number }>(
    db,
    sql`insert into ${invoiceCounters} (workspace_id, last_number) values (${workspaceId}, 0)
        on conflict (workspace_id) do update set last_number = ${invoiceCounters}.last_number
        returning last_number`,
  );
  return Number(row?.last_number ?? 0);
}

/**
 * Writes invoices, their lines and their journal entries, numbered from `lastNumber + 1`,
 * in the caller's transaction, and moves the counter on. The caller holds the counter.
 */
export async function writeInvoices(
  db: Db,
  workspaceId: string,
  lastNumber: number,
  items: readonly InvoiceToWrite[],
  billingRunId: string | null,
  replacesInvoiceId: string | null = null,
): Promise<{ totalMinor: number; ids: string[] }> {
  if (items.length === 0) return { totalMinor: 0, ids: [] };
  const invoiceRows: InvoiceRow[] = [];
  const lineRows: LineRow[] = [];
  const entries: JournalEntry[] = [];
  let totalMinor = 0;
  items.forEach(({ agreementId, clientId, invoice }, i) => {
    const id = uuidv7();
    const number = lastNumber + i + 1;
    totalMinor += invoice.totalMinor;
    invoiceRows.push({
      workspaceId,
      id,
      number,
      clientId,
      agreementId,
      periodIndex: invoice.period.index,
      periodStart: invoice.period.start,
      periodEnd: invoice.period.end,
      issuedOn: invoice.period.start,
      dueOn: dueDateFor(invoice.period.start),
      currency: invoice.currency,
      totalMinor: invoice.totalMinor,
      status: invoiceState({ totalMinor: invoice.totalMinor, allocatedMinor: 0, isVoid: false }),
      billingRunId,
      replacesInvoiceId,
    });
    invoice.lines.forEach((line, lineIndex) => {
      lineRows.push({
        workspaceId,
        invoiceId: id,
        lineNo: lineIndex + 1,
        kind: line.kind,
        description: line.description,
        amountMinor: line.amountMinor,
        sourceId: line.sourceId,
      });
    });
    entries.push(
      requirePosted(
        postInvoice({
          id,
          number,
          clientId,
          issuedOn: invoice.period.start,
          lines: invoice.lines,
          totalMinor: invoice.totalMinor,
        }),
      ),
    );
  });
  await insertRows(db, 'invoices', INVOICE_COLUMNS, invoiceRows);
  await insertRows(db, 'invoice_lines', LINE_COLUMNS, lineRows);
  await writeJournal(db, workspaceId, entries);
  await db.execute(
    sql`update ${invoiceCounters} set last_number = ${lastNumber + items.length} where workspace_id = ${workspaceId}`,
  );
  return { totalMinor, ids: invoiceRows.map((row) => row.id) };
}
