import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { DEFAULT_RESPONSE_POLICY } from '../../core/callbacks/response-policy.ts';
import { conflict } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { users, workspaces } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hashPassword } from './passwords.ts';

export interface SetupInput {
  workspaceName: string;
  ownerName: string;
  email: string;
  password: string;
  currency?: string | undefined;
  timezone?: string | undefined;
}

// Serialises concurrent first runs so exactly one of them creates the owner.
const SETUP_LOCK_KEY = 7_261_447;

/**
 * First run: creates the workspace and its owner. Refused once any owner exists — on a
 * hosted deployment the operator creates further workspaces, not the public.
 */
export async function setupWorkspace(db: Db, input: SetupInput) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK_KEY})`);
    const existing = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`${users.role} = 'owner'`)
      .limit(1);
    if (existing.length > 0) throw conflict('Rapport is already set up; sign in instead');

    const workspaceId = uuidv7();
    const [workspace] = await tx
      .insert(workspaces)
      .values({
        id: workspaceId,
        name: input.workspaceName,
        currency: input.currency ?? 'USD',
        timezone: input.timezone ?? 'UTC',
        responsePolicy: DEFAULT_RESPONSE_POLICY,
      })
      .returning();
    const [owner] = await tx
      .insert(users)
      .values({ workspaceId, email: input.email, name: input.ownerName, role: 'owner', passwordHash })
      .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
    if (!workspace || !owner) throw new Error('setup insert returned nothing');
    await recordAudit(tx, { workspaceId, userId: owner.id, role: 'owner', label: owner.name }, [
      { action: 'workspace.create', entityType: 'workspace', entityId: workspaceId, after: workspace },
      { action: 'user.create', entityType: 'user', entityId: owner.id, after: owner },
    ]);
    return { workspace, owner };
  });
}

export async function isSetUp(db: Db): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(sql`${users.role} = 'owner'`).limit(1);
  return rows.length > 0;
}
