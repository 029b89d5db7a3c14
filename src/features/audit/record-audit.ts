import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { auditLog } from '../../db/schema/index.ts';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Writes audit rows in the caller's transaction, so a change and its record land together. */
export async function recordAudit(db: Db, actor: Actor, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await db.insert(auditLog).values(
    list.map((entry) => ({
      workspaceId: actor.workspaceId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    })),
  );
}

// Dates become ISO strings and undefined fields vanish, exactly as the API shows them.
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
