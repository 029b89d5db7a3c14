import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { AppError, type ErrorDetail } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { type AuditEntry, recordAudit } from '../audit/record-audit.ts';
import { requireManagedDisruption } from '../disruptions/disruption-access.ts';
import { releaseAssignments } from './end-stand-ins.ts';
import type { AssignStandInsInput } from './schemas.ts';

// A refusal names at most this many rows; past that the message gives the count.
const MAX_DETAILS = 100;
// Audit rows per insert: well under PostgreSQL's 65,535 parameters at 8 per row.
const AUDIT_CHUNK = 1000;

interface Change {
  clientId: string;
  from: string | null;
  to: string | null;
}

/**
 * Sets who stands in for each client of a disruption, and with it who may see the client:
 * a new stand-in gets a client assignment marked with the disruption (kept if one existed
 * already); the stand-in they replace loses only the assignment this disruption made (or
 * keeps it, handed over, while another active disruption has them on that client).
 * Every row is checked first — the client affected, the user an active stand-in — and one
 * bad row refuses the request, naming each bad row, with nothing written.
 */
export async function assignStandIns(
  db: Db,
  actor: Actor,
  disruptionId: string,
  input: AssignStandInsInput,
  now: Date,
): Promise<{ changed: number; unchanged: number }> {
  const rows = input.assignments;
  refuseIfAny(repeatedClients(rows));
  return db.transaction(async (tx) => {
    await requireManagedDisruption(tx, actor, disruptionId);
    const clientIds = rows.map((row) => row.clientId);
    const current = new Map(
      (
        await queryRows<{ client_id: string; stand_in_user_id: string | null }>(
          tx,
          sql`select client_id, stand_in_user_id from disruption_clients
              where workspace_id = ${actor.workspaceId} and disruption_id = ${disruptionId}
                and removed_at is null and client_id = any(${sql.param(clientIds)}::uuid[])`,
        )
      ).map((row) => [row.client_id, row.stand_in_user_id]),
    );
    const userIds = [...new Set(rows.flatMap((row) => (row.userId ? [row.userId] : [])))];
    const standIns = new Set(
      userIds.length === 0
        ? []
        : (
            await queryRows<{ id: string }>(
              tx,
              sql`select id from users where workspace_id = ${actor.workspaceId}
                  and id = any(${sql.param(userIds)}::uuid[]) and role = 'stand_in' and disabled_at is null`,
            )
          ).map((row) => row.id),
    );
    const problems: ErrorDetail[] = [];
    rows.forEach((row, index) => {
      if (!current.has(row.clientId)) {
        problems.push({ path: `assignments.${index}.clientId`, message: 'Not affected by this disruption' });
      }
      if (row.userId && !standIns.has(row.userId)) {
        problems.push({
          path: `assignments.${index}.userId`,
          message: 'Not an active stand-in of this workspace',
        });
      }
    });
    refuseIfAny(problems);

    const changes: Change[] = rows
      .map((row) => ({ clientId: row.clientId, from: current.get(row.clientId) ?? null, to: row.userId }))
      .filter((change) => change.from !== change.to);
    await applyChanges(tx, actor, disruptionId, changes, now);
    return { changed: changes.length, unchanged: rows.length - changes.length };
  });
}

function repeatedClients(rows: AssignStandInsInput['assignments']): ErrorDetail[] {
  const first = new Map<string, number>();
  const problems: ErrorDetail[] = [];
  rows.forEach((row, index) => {
    const earlier = first.get(row.clientId);
    if (earlier === undefined) first.set(row.clientId, index);
    else problems.push({ path: `assignments.${index}.clientId`, message: `Same client as row ${earlier}` });
  });
  return problems;
}

function refuseIfAny(problems: ErrorDetail[]): void {
  if (problems.length === 0) return;
  const more =
    problems.length > MAX_DETAILS ? ` (${problems.length} problems; the first ${MAX_DETAILS} listed)` : '';
  throw new AppError(
    'invalid_input',
    `Some assignments cannot be made${more}`,
    problems.slice(0, MAX_DETAILS),
  );
}

// Set-based, whatever the number of rows: one statement per table.
async function applyChanges(tx: Db, actor: Actor, disruptionId: string, changes: Change[], now: Date) {
  if (changes.length === 0) return;
  const ws = actor.workspaceId;
  const column = (pick: (change: Change) => string | null, list = changes) => sql.param(list.map(pick));
  await tx.execute(sql`update disruption_clients dc set stand_in_user_id = v.user_id
    from unnest(${column((c) => c.clientId)}::uuid[], ${column((c) => c.to)}::uuid[]) as v(client_id, user_id)
    where dc.workspace_id = ${ws} and dc.disruption_id = ${disruptionId} and dc.client_id = v.client_id`);

  const leaving = changes.filter((change) => change.from !== null);
  if (leaving.length > 0) {
    const pairs = sql`and (ca.client_id, ca.user_id) in (select * from unnest(
      ${column((c) => c.clientId, leaving)}::uuid[], ${column((c) => c.from, leaving)}::uuid[]))`;
    await releaseAssignments(tx, ws, disruptionId, pairs);
  }
  const arriving = changes.filter((change) => change.to !== null);
  const outreachHandedOver: AuditEntry[] = [];
  if (arriving.length > 0) {
    // An assignment that exists already (made by hand, or by another disruption) is kept as it is.
    await tx.execute(sql`insert into client_assignments (workspace_id, client_id, user_id, disruption_id, created_at)
      select ${ws}::uuid, v.client_id, v.user_id, ${disruptionId}::uuid, ${now.toISOString()}::timestamptz
      from unnest(${column((c) => c.clientId, arriving)}::uuid[], ${column((c) => c.to, arriving)}::uuid[])
        as v(client_id, user_id)
      on conflict do nothing`);
    // The one who stands in makes the first contact: a client's outreach, if still open, is theirs.
    const handedOver = await queryRows<{ id: string; assignee_user_id: string; before: string | null }>(
      tx,
      sql`with target as (
          select t.id, t.assignee_user_id as before, v.user_id
          from unnest(${column((c) => c.clientId, arriving)}::uuid[], ${column((c) => c.to, arriving)}::uuid[])
            as v(client_id, user_id)
          join disruption_clients dc on dc.workspace_id = ${ws} and dc.disruption_id = ${disruptionId}
            and dc.client_id = v.client_id
          join tasks t on t.workspace_id = ${ws} and t.id = dc.outreach_task_id and t.done_at is null)
        update tasks t set assignee_user_id = target.user_id from target
        where t.workspace_id = ${ws} and t.id = target.id
        returning t.id, t.assignee_user_id, target.before`,
    );
    outreachHandedOver.push(
      ...handedOver.map((task) => ({
        action: 'task.update',
        entityType: 'task',
        entityId: task.id,
        before: { assigneeUserId: task.before },
        after: { assigneeUserId: task.assignee_user_id },
      })),
    );
  }

  const audit: AuditEntry[] = [
    ...outreachHandedOver,
    ...changes.map((change) => ({
      action: 'disruption.stand_in',
      entityType: 'disruption',
      entityId: disruptionId,
      before: { clientId: change.clientId, standInUserId: change.from },
      after: { clientId: change.clientId, standInUserId: change.to },
    })),
  ];
  for (let start = 0; start < audit.length; start += AUDIT_CHUNK) {
    await recordAudit(tx, actor, audit.slice(start, start + AUDIT_CHUNK));
  }
}
