import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { DemoPlan } from '../../core/demo/demo-plan.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { monthlyRecurring } from '../today/monthly-recurring.ts';

/** What a newcomer will find in the demo, for the summary the CLI prints. */
export interface DemoCounts {
  clients: number;
  interactions: number;
  openCallbacks: number;
  overdueCallbacks: number;
  openTasks: number;
  overdueTasks: number;
  tasksDueToday: number;
  plans: number;
  agreements: number;
  invoices: number;
  /** Invoices with something still to pay, overdue ones included. */
  openInvoices: number;
  overdueInvoices: number;
  payments: number;
  /** Monthly recurring revenue as Today shows it, in minor units of `currency`. */
  mrrMinor: number;
  currency: string;
}

/**
 * Counts what the demo made: callbacks and billing from the database (the policy decided
 * the callbacks' due times, the billing run the invoices), tasks from the plan.
 */
export async function countDemo(db: Db, owner: Actor, plan: DemoPlan, now: Date): Promise<DemoCounts> {
  const workspaceId = owner.workspaceId;
  const [row] = await queryRows<{ interactions: number; open: number; overdue: number }>(
    db,
    sql`select (select count(*)::int from interactions where workspace_id = ${workspaceId}) as interactions,
               count(*)::int as open,
               (count(*) filter (where due_at < ${now.toISOString()}::timestamptz))::int as overdue
          from callbacks where workspace_id = ${workspaceId} and answered_at is null`,
  );
  const [billing] = await queryRows<
    Record<'plans' | 'agreements' | 'invoices' | 'open' | 'overdue' | 'payments', number>
  >(
    db,
    sql`select (select count(*)::int from plans where workspace_id = ${workspaceId}) as plans,
               (select count(*)::int from agreements where workspace_id = ${workspaceId}) as agreements,
               (select count(*)::int from payments where workspace_id = ${workspaceId}) as payments,
               count(*)::int as invoices,
               (count(*) filter (where status in ('open', 'partially_paid')))::int as open,
               (count(*) filter (where status in ('open', 'partially_paid') and due_on < ${plan.today}::date))::int as overdue
          from invoices where workspace_id = ${workspaceId}`,
  );
  const mrr = await monthlyRecurring(db, owner, plan.today);
  const open = plan.tasks.filter((task) => task.doneAt === null);
  return {
    clients: plan.clients.length,
    interactions: row?.interactions ?? 0,
    openCallbacks: row?.open ?? 0,
    overdueCallbacks: row?.overdue ?? 0,
    openTasks: open.length,
    overdueTasks: open.filter((task) => task.dueOn !== null && task.dueOn < plan.today).length,
    tasksDueToday: open.filter((task) => task.dueOn === plan.today).length,
    plans: billing?.plans ?? 0,
    agreements: billing?.agreements ?? 0,
    invoices: billing?.invoices ?? 0,
    openInvoices: billing?.open ?? 0,
    overdueInvoices: billing?.overdue ?? 0,
    payments: billing?.payments ?? 0,
    mrrMinor: mrr?.amountMinor ?? 0,
    currency: mrr?.currency ?? plan.currency,
  };
}
