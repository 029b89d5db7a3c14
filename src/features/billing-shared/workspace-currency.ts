import { eq } from 'drizzle-orm';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { workspaces } from '../../db/schema/index.ts';

/** The workspace's ISO 4217 currency: every amount in it is in this currency's minor units. */
export async function workspaceCurrency(db: Db, workspaceId: string): Promise<string> {
  const [row] = await db
    .select({ currency: workspaces.currency })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
    .limit(1);
  if (!row) throw notFound('Workspace');
  return row.currency;
}
