import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { AccountCode } from '../../core/ledger/accounts.ts';
import type { JournalEntry, JournalLine, SourceKind } from '../../core/ledger/journal-entry.ts';
import type { Db } from '../../db/connect.ts';
import { journalEntries, journalLines } from '../../db/schema/index.ts';

type EntryRow = typeof journalEntries.$inferSelect;
type LineRow = typeof journalLines.$inferSelect;

/** Entries read per round trip when loading a whole journal. */
const ENTRIES_PER_PAGE = 5_000;

/**
 * Stored rows as the core's entries. The account is passed through as stored, known or
 * not: `checkJournal` is the one that says an account does not exist.
 */
function toEntries(entryRows: readonly EntryRow[], lineRows: readonly LineRow[]): JournalEntry[] {
  const linesOf = new Map<string, LineRow[]>();
  for (const line of lineRows) {
    const list = linesOf.get(line.entryId) ?? [];
    list.push(line);
    linesOf.set(line.entryId, list);
  }
  return entryRows.map((row) => ({
    source: { kind: row.sourceKind as SourceKind, id: row.sourceId },
    postedOn: row.postedOn,
    memo: row.memo,
    lines: (linesOf.get(row.id) ?? [])
      .sort((a, b) => a.lineNo - b.lineNo)
      .map(
        (line): JournalLine => ({
          account: line.account as AccountCode,
          ...(line.clientId ? { clientId: line.clientId } : {}),
          ...(line.invoiceId ? { invoiceId: line.invoiceId } : {}),
          debitMinor: Number(line.debitMinor),
          creditMinor: Number(line.creditMinor),
        }),
      ),
  }));
}

async function linesOfEntries(db: Db, workspaceId: string, entryIds: readonly string[]): Promise<LineRow[]> {
  if (entryIds.length === 0) return [];
  return db
    .select()
    .from(journalLines)
    .where(and(eq(journalLines.workspaceId, workspaceId), inArray(journalLines.entryId, [...entryIds])));
}

/**
 * A workspace's whole journal, in posting order, read a page at a time so no single
 * query result holds it all. The check needs every entry at once to derive balances.
 */
export async function loadJournal(db: Db, workspaceId: string): Promise<JournalEntry[]> {
  const entries: JournalEntry[] = [];
  let afterId: string | null = null;
  for (;;) {
    const inWorkspace = eq(journalEntries.workspaceId, workspaceId);
    const page: EntryRow[] = await db
      .select()
      .from(journalEntries)
      .where(afterId ? and(inWorkspace, gt(journalEntries.id, afterId)) : inWorkspace)
      .orderBy(asc(journalEntries.id))
      .limit(ENTRIES_PER_PAGE);
    if (page.length === 0) return entries;
    const lines = await linesOfEntries(
      db,
      workspaceId,
      page.map((row) => row.id),
    );
    entries.push(...toEntries(page, lines));
    afterId = page.at(-1)?.id ?? null;
    if (page.length < ENTRIES_PER_PAGE) return entries;
  }
}

/** The entry each event posted, by the event's id (an invoice's own entry, a payment's…). */
export async function loadEntriesBySource(
  db: Db,
  workspaceId: string,
  kind: SourceKind,
  sourceIds: readonly string[],
): Promise<Map<string, JournalEntry>> {
  if (sourceIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(journalEntries)
    .where(
      and(
        eq(journalEntries.workspaceId, workspaceId),
        eq(journalEntries.sourceKind, kind),
        inArray(journalEntries.sourceId, [...sourceIds]),
      ),
    );
  const lines = await linesOfEntries(
    db,
    workspaceId,
    rows.map((row) => row.id),
  );
  return new Map(toEntries(rows, lines).map((entry) => [entry.source.id, entry]));
}
