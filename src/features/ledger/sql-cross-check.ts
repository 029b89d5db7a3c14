import { sql } from 'drizzle-orm';
import { invoiceState } from '../../core/ledger/invoice-state.ts';
import type { Db } from '../../db/connect.ts';
import { inOrder } from '../../db/in-order.ts';
import { queryRows } from '../../db/query-rows.ts';

export type SqlProblemCode =
  /** An entry's debits differ from its credits, summed by the database. */
  | 'sql_unbalanced_entry'
  /** A client's receivable in the journal differs from its live invoices less their allocations. */
  | 'sql_client_receivable_mismatch'
  /** An invoice's stored `paid_minor` differs from the payments allocated to it. */
  | 'paid_mismatch'
  /** An invoice's stored status is not the one its figures give. */
  | 'status_mismatch'
  /** A payment's allocations add up to more than the payment. */
  | 'payment_over_allocated'
  /** An event that must have a journal entry has none. */
  | 'missing_posting';

export interface SqlProblem {
  code: SqlProblemCode;
  message: string;
  clientId?: string;
  invoiceId?: string;
}

const n = (value: unknown) => Number(value);

/**
 * The same proof a second way, by the database's own sums rather than the core's: it
 * catches a bug in the loader or in `checkJournal` itself, and the stored figures the
 * journal does not hold (paid amounts, statuses, missing postings).
 */
export async function sqlCrossCheck(db: Db, workspaceId: string): Promise<SqlProblem[]> {
  const [unbalanced, receivables, invoiceRows, overAllocated, unposted] = await inOrder([
    () =>
      queryRows<{ id: string; source_kind: string; source_id: string; debits: string; credits: string }>(
        db,
        sql`select e.id, e.source_kind, e.source_id,
            coalesce(sum(l.debit_minor), 0)::bigint as debits, coalesce(sum(l.credit_minor), 0)::bigint as credits
          from journal_entries e
          left join journal_lines l on l.workspace_id = e.workspace_id and l.entry_id = e.id
          where e.workspace_id = ${workspaceId}
          group by e.id, e.source_kind, e.source_id
          having coalesce(sum(l.debit_minor), 0) <> coalesce(sum(l.credit_minor), 0)`,
      ),
    () =>
      queryRows<{ client_id: string; journal: string; billed: string }>(
        db,
        sql`with journal as (
            select client_id, sum(debit_minor - credit_minor) as amount from journal_lines
            where workspace_id = ${workspaceId} and account = 'accounts_receivable' and client_id is not null
            group by client_id
          ), billed as (
            select i.client_id, sum(i.total_minor - coalesce((
              select sum(a.amount_minor) from payment_allocations a
              where a.workspace_id = i.workspace_id and a.invoice_id = i.id), 0)) as amount
            from invoices i where i.workspace_id = ${workspaceId} and i.status <> 'void'
            group by i.client_id
          )
          select coalesce(j.client_id, b.client_id) as client_id,
            coalesce(j.amount, 0)::bigint as journal, coalesce(b.amount, 0)::bigint as billed
          from journal j full outer join billed b on b.client_id = j.client_id
          where coalesce(j.amount, 0) <> coalesce(b.amount, 0)`,
      ),
    () =>
      queryRows<{
        id: string;
        number: number;
        client_id: string;
        total_minor: string;
        paid_minor: string;
        status: string;
        allocated: string;
      }>(
        db,
        sql`select i.id, i.number, i.client_id, i.total_minor, i.paid_minor, i.status::text as status,
            coalesce((select sum(a.amount_minor) from payment_allocations a
              where a.workspace_id = i.workspace_id and a.invoice_id = i.id), 0)::bigint as allocated
          from invoices i where i.workspace_id = ${workspaceId}`,
      ),
    () =>
      queryRows<{ id: string; client_id: string; amount_minor: string; allocated: string }>(
        db,
        sql`select p.id, p.client_id, p.amount_minor, sum(a.amount_minor)::bigint as allocated
          from payments p join payment_allocations a on a.workspace_id = p.workspace_id and a.payment_id = p.id
          where p.workspace_id = ${workspaceId}
          group by p.id, p.client_id, p.amount_minor
          having sum(a.amount_minor) > p.amount_minor`,
      ),
    () =>
      queryRows<{ kind: string; id: string; client_id: string }>(
        db,
        sql`select 'payment' as kind, p.id, p.client_id from payments p
          where p.workspace_id = ${workspaceId} and not exists (select 1 from journal_entries e
            where e.workspace_id = p.workspace_id and e.source_kind = 'payment' and e.source_id = p.id)
          union all
          select 'invoice', i.id, i.client_id from invoices i
          where i.workspace_id = ${workspaceId} and i.total_minor > 0 and not exists (select 1 from journal_entries e
            where e.workspace_id = i.workspace_id and e.source_kind = 'invoice' and e.source_id = i.id)
          union all
          select 'void', i.id, i.client_id from invoices i
          where i.workspace_id = ${workspaceId} and i.status = 'void'
            and exists (select 1 from journal_entries e
              where e.workspace_id = i.workspace_id and e.source_kind = 'invoice' and e.source_id = i.id)
            and not exists (select 1 from journal_entries e
              where e.workspace_id = i.workspace_id and e.source_kind = 'void' and e.source_id = i.id)`,
      ),
  ]);

  const problems: SqlProblem[] = [];
  for (const row of unbalanced) {
    problems.push({
      code: 'sql_unbalanced_entry',
      message: `SQL: ${row.source_kind} ${row.source_id}: debits ${n(row.debits)} ≠ credits ${n(row.credits)}`,
    });
  }
  for (const row of receivables) {
    problems.push({
      code: 'sql_client_receivable_mismatch',
      message: `SQL: client ${row.client_id}: the journal says ${n(row.journal)} is owed, invoices minus payments is ${n(row.billed)}`,
      clientId: row.client_id,
    });
  }
  for (const row of invoiceRows) problems.push(...checkInvoiceRow(row));
  for (const row of overAllocated) {
    problems.push({
      code: 'payment_over_allocated',
      message: `payment ${row.id}: ${n(row.allocated)} allocated out of ${n(row.amount_minor)}`,
      clientId: row.client_id,
    });
  }
  for (const row of unposted) {
    problems.push({
      code: 'missing_posting',
      message: `${row.kind} ${row.id} has no journal entry`,
      clientId: row.client_id,
    });
  }
  return problems;
}

function checkInvoiceRow(row: {
  id: string;
  number: number;
  client_id: string;
  total_minor: string;
  paid_minor: string;
  status: string;
  allocated: string;
}): SqlProblem[] {
  const refs = { clientId: row.client_id, invoiceId: row.id };
  const paid = n(row.paid_minor);
  const allocated = n(row.allocated);
  if (paid !== allocated) {
    return [
      {
        code: 'paid_mismatch',
        message: `invoice ${row.number}: paid says ${paid}, its payments allocate ${allocated}`,
        ...refs,
      },
    ];
  }
  try {
    const expected = invoiceState({
      totalMinor: n(row.total_minor),
      allocatedMinor: allocated,
      isVoid: row.status === 'void',
    });
    if (expected === row.status) return [];
    return [
      {
        code: 'status_mismatch',
        message: `invoice ${row.number} is ${row.status}, its figures say ${expected}`,
        ...refs,
      },
    ];
  } catch (error) {
    return [
      { code: 'status_mismatch', message: `invoice ${row.number}: ${(error as Error).message}`, ...refs },
    ];
  }
}
