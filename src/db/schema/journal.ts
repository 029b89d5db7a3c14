import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, minor, workspaceId } from './columns.ts';

/** The double-entry journal. Balances are never stored: they are sums over these lines. */
export const journalEntries = pgTable(
  'journal_entries',
  {
    workspaceId: workspaceId(),
    id: id(),
    postedOn: date('posted_on', { mode: 'string' }).notNull(),
    memo: text('memo').notNull(),
    sourceKind: text('source_kind').notNull(),
    sourceId: uuid('source_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('journal_entries_source').on(t.workspaceId, t.sourceKind, t.sourceId),
  ],
);

export const journalLines = pgTable(
  'journal_lines',
  {
    workspaceId: workspaceId(),
    entryId: uuid('entry_id').notNull(),
    lineNo: integer('line_no').notNull(),
    account: text('account').notNull(),
    clientId: uuid('client_id'),
    /** On receivable lines: the invoice the amount is owed on, so each invoice reconciles. */
    invoiceId: uuid('invoice_id'),
    debitMinor: minor('debit_minor').notNull().default(0),
    creditMinor: minor('credit_minor').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.entryId, t.lineNo] }),
    index('journal_lines_account').on(t.workspaceId, t.account, t.clientId),
    index('journal_lines_invoice').on(t.workspaceId, t.invoiceId).where(sql`invoice_id is not null`),
    foreignKey({
      columns: [t.workspaceId, t.entryId],
      foreignColumns: [journalEntries.workspaceId, journalEntries.id],
    }),
    check(
      'journal_lines_one_side',
      sql`${t.debitMinor} >= 0 and ${t.creditMinor} >= 0 and (${t.debitMinor} = 0 or ${t.creditMinor} = 0)`,
    ),
  ],
);
