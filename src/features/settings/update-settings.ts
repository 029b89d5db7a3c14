import { isDeepStrictEqual } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { AppError, forbidden, notFound, refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { agreements, plans, workspaces } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { settingsOf } from './get-settings.ts';
import { responsePolicySchema, type Settings, type SettingsPatch } from './schemas.ts';

/**
 * Changes part of the settings (owner only). The merged policy is validated whole, so
 * a patch of `dayEnd` alone cannot slip before the stored `dayStart`. Callbacks already
 * open keep the due time they were promised.
 */
export async function updateSettings(db: Db, actor: Actor, patch: SettingsPatch): Promise<Settings> {
  if (!policies.manageSettings(actor)) throw forbidden('Only the owner can change settings');
  return db.transaction(async (tx) => {
    const [workspace] = await tx
      .select()
      .from(workspaces)
      .where(eq(workspaces.id, actor.workspaceId))
      .for('update');
    if (!workspace) throw notFound('Workspace');
    const before = settingsOf(workspace);
    const policy = responsePolicySchema.safeParse({ ...before.responsePolicy, ...patch.responsePolicy });
    if (!policy.success) {
      throw new AppError(
        'invalid_input',
        'The response policy is not valid',
        policy.error.issues.map((issue) => ({
          path: ['responsePolicy', ...issue.path].join('.'),
          message: issue.message,
        })),
      );
    }
    const after: Settings = {
      workspace: { ...before.workspace, ...patch.workspace },
      responsePolicy: policy.data,
    };
    if (isDeepStrictEqual(before, after)) return before;
    if (after.workspace.currency !== before.workspace.currency && (await hasPrices(tx, actor.workspaceId))) {
      // Every stored amount is in minor units of the old currency: relabelling them would
      // turn 100.00 USD into 100.00 EUR, or ¥10,000 into 100.00 of something else.
      throw refused('The currency cannot change once plans or agreements exist', [
        { path: 'workspace.currency', message: `Amounts are already kept in ${before.workspace.currency}` },
      ]);
    }

    await tx
      .update(workspaces)
      .set({ ...after.workspace, responsePolicy: after.responsePolicy })
      .where(eq(workspaces.id, actor.workspaceId));
    await recordAudit(tx, actor, {
      action: 'settings.update',
      entityType: 'workspace',
      entityId: actor.workspaceId,
      before,
      after,
    });
    return after;
  });
}

async function hasPrices(db: Db, workspaceId: string): Promise<boolean> {
  const result = await db.execute(
    sql`select exists (select 1 from ${plans} where workspace_id = ${workspaceId})
        or exists (select 1 from ${agreements} where workspace_id = ${workspaceId}) as found`,
  );
  return Boolean((result as unknown as { rows: { found: boolean }[] }).rows[0]?.found);
}
