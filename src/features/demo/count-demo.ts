import { sql } from 'drizzle-orm';
import type { DemoPlan } from '../../core/demo/demo-plan.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';

/** What a newcomer will find in the demo, for the summary the CLI prints. */
export interface DemoCounts {
  clients: number;
  interactions: number;
  openCallbacks: number;
  overdueCallbacks: number;
  openTasks: number;
  overdueTasks: number;
  tasksDueToday: number;
}

/** Counts what the demo made: callbacks from the database (the policy decided their due times), tasks from the plan. */
export async function countDemo(db: Db, workspaceId: string, plan: DemoPlan, now: Date): Promise<DemoCounts> {
  const [row] = await queryRows<{ interactions: number; open: number; overdue: number }>(
    db,
    sql`select (select count(*)::int from interactions where workspace_id = ${workspaceId}) as interactions,
               count(*)::int as open,
               (count(*) filter (where due_at < ${now.toISOString()}::timestamptz))::int as overdue
          from callbacks where workspace_id = ${workspaceId} and answered_at is null`,
  );
  const open = plan.tasks.filter((task) => task.doneAt === null);
  return {
    clients: plan.clients.length,
    interactions: row?.interactions ?? 0,
    openCallbacks: row?.open ?? 0,
    overdueCallbacks: row?.overdue ?? 0,
    openTasks: open.length,
    overdueTasks: open.filter((task) => task.dueOn !== null && task.dueOn < plan.today).length,
    tasksDueToday: open.filter((task) => task.dueOn === plan.today).length,
  };
}
