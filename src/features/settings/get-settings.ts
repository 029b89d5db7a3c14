import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { DEFAULT_RESPONSE_POLICY } from '../../core/callbacks/response-policy.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { workspaces } from '../../db/schema/index.ts';
import type { Settings } from './schemas.ts';

/** The workspace's name, currency, zone and response policy. Anyone signed in may read them. */
export async function getSettings(db: Db, actor: Actor): Promise<Settings> {
  const [workspace] = await db.select().from(workspaces).where(eq(workspaces.id, actor.workspaceId));
  if (!workspace) throw notFound('Workspace');
  return settingsOf(workspace);
}

export function settingsOf(workspace: typeof workspaces.$inferSelect): Settings {
  const { callbackHours, businessHoursOnly, workdays, dayStart, dayEnd } = {
    ...DEFAULT_RESPONSE_POLICY,
    ...workspace.responsePolicy,
  };
  return {
    workspace: { name: workspace.name, currency: workspace.currency, timezone: workspace.timezone },
    responsePolicy: { callbackHours, businessHoursOnly, workdays, dayStart, dayEnd },
  };
}
