import { uuidv7 } from 'uuidv7';
import type { JournalEntry } from '../../core/ledger/journal-entry.ts';
import type { Db } from '../../db/connect.ts';
import { type BulkColumn, insertRows } from '../../db/insert-rows.ts';
import type { journalEntries, journalLines } from '../../db/schema/index.ts';

type EntryRow = typeof journalEntries.$inferInsert & { id: string };
type LineRow = typeof journalLines.$inferInsert;

const ENTRY_COLUMNS: BulkColumn<EntryRow>[] = [
  { name: 'workspace_id', type: 'uuid', value: (r) => r.workspaceId },
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'posted_on', type: 'date', value: (r) => r.postedOn },
  { name: 'memo', type: 'text', value: (r) => r.memo },
  { name: 'source_kind', type: 'text', value: (r) => r.sourceKind },
  { name: 'source_id', type: 'uuid', value: (r) => r.sourceId },
];

const LINE_COLUMNS: BulkColumn<LineRow>[] = [
  { name: 'workspace_id', type: 'uuid', value: (r) => r.workspaceId },
  { name: 'entry_id', type: 'uuid', value: (r) => r.entryId },
  { name: 'line_no', type: 'int4', value: (r) => r.lineNo },
  { name: 'account', type: 'text', value: (r) => r.account },
  { name: 'client_id', type: 'uuid', value: (r) => r.clientId ?? null },
  { name: 'invoice_id', type: 'uuid', value: (r) => r.invoiceId ?? null },
  { name: 'debit_minor', type: 'int8', value: (r) => r.debitMinor ?? 0 },
  { name: 'credit_minor', type: 'int8', value: (r) => r.creditMinor ?? 0 },
];

/**
 * Writes posted entries in the caller's transaction, so an event and its postings land
 * together or not at all. Entries without lines (a zero invoice) are not written.
 */
export async function writeJournal(
  db: Db,
  workspaceId: string,
  entries: readonly JournalEntry[],
): Promise<void> {
  const entryRows: EntryRow[] = [];
  const lineRows: LineRow[] = [];
  for (const entry of entries) {
    if (entry.lines.length === 0) continue;
    const entryId = uuidv7();
    entryRows.push({
      workspaceId,
      id: entryId,
      postedOn: entry.postedOn,
      memo: entry.memo,
      sourceKind: entry.source.kind,
      sourceId: entry.source.id,
    });
    entry.lines.forEach((line, index) => {
      lineRows.push({
        workspaceId,
        entryId,
        lineNo: index + 1,
        account: line.account,
        clientId: line.clientId ?? null,
        invoiceId: line.invoiceId ?? null,
        debitMinor: line.debitMinor,
        creditMinor: line.creditMinor,
      });
    });
  }
  await insertRows(db, 'journal_entries', ENTRY_COLUMNS, entryRows);
  await insertRows(db, 'journal_lines', LINE_COLUMNS, lineRows);
}
