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
  /** Hard times on our side: active disruptions, the clients they affect, and those reached so far. */
  activeDisruptions: number;
  affectedClients: number;
  contactedClients: number;
}

/**
 * Counts what the demo made, from the database: the policy decided the callbacks' due
 * times, the billing run the invoices, and the disruption added tasks (its outreach, done
 * when a client was reached) beside the plan's own.
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
  const [tasks] = await queryRows<Record<'open' | 'overdue' | 'today', number>>(
    db,
    sql`select count(*)::int as open,
               (count(*) filter (where due_on < ${plan.today}::date))::int as overdue,
               (count(*) filter (where due_on = ${plan.today}::date))::int as today
          from tasks where workspace_id = ${workspaceId} and done_at is null`,
  );
  const [hardTimes] = await queryRows<Record<'active' | 'affected' | 'contacted', number>>(
    db,
    sql`select count(distinct d.id)::int as active, count(dc.client_id)::int as affected,
               (count(dc.client_id) filter (where dc.contacted_at is not null))::int as contacted
          from disruptions d
          left join disruption_clients dc on dc.workspace_id = d.workspace_id and dc.disruption_id = d.id
            and dc.removed_at is null
          where d.workspace_id = ${workspaceId} and d.status = 'active'`,
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
  return {
    clients: plan.clients.length,
    interactions: row?.interactions ?? 0,
    openCallbacks: row?.open ?? 0,
    overdueCallbacks: row?.overdue ?? 0,
    openTasks: tasks?.open ?? 0,
    overdueTasks: tasks?.overdue ?? 0,
    tasksDueToday: tasks?.today ?? 0,
    plans: billing?.plans ?? 0,
    agreements: billing?.agreements ?? 0,
    invoices: billing?.invoices ?? 0,
    openInvoices: billing?.open ?? 0,
    overdueInvoices: billing?.overdue ?? 0,
    payments: billing?.payments ?? 0,
    mrrMinor: mrr?.amountMinor ?? 0,
    currency: mrr?.currency ?? plan.currency,
    activeDisruptions: hardTimes?.active ?? 0,
    affectedClients: hardTimes?.affected ?? 0,
    contactedClients: hardTimes?.contacted ?? 0,
  };
}
