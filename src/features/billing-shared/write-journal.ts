import { uuidv7 } from 'uuidv7';
import type { JournalEntry } from '../../core/ledger/journal-entry.ts';
import type { Db } from '../../db/connect.ts';
import { journalEntries, journalLines } from '../../db/schema/index.ts';

// PostgreSQL takes at most 65,535 parameters per statement; journal lines have 8 columns.
const LINES_PER_INSERT = 5_000;

/**
 * Writes posted entries in the caller's transaction, so an event and its postings land
 * together or not at all. Entries without lines (a zero invoice) are not written.
 */
export async function writeJournal(
  db: Db,
  workspaceId: string,
  entries: readonly JournalEntry[],
): Promise<void> {
  const entryRows: (typeof journalEntries.$inferInsert)[] = [];
  const lineRows: (typeof journalLines.$inferInsert)[] = [];
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
  for (let i = 0; i < entryRows.length; i += LINES_PER_INSERT) {
    await db.insert(journalEntries).values(entryRows.slice(i, i + LINES_PER_INSERT));
  }
  for (let i = 0; i < lineRows.length; i += LINES_PER_INSERT) {
    await db.insert(journalLines).values(lineRows.slice(i, i + LINES_PER_INSERT));
  }
}
