import { asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../core/errors/app-error.ts';
import type { Db } from '../db/connect.ts';
import { workspaces } from '../db/schema/index.ts';

export interface WorkspaceRef {
  id: string;
  name: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LISTED = 20;

/**
 * The workspace a command acts on: the one named by `--workspace` (its id or its name),
 * or else the only one. A data directory holds one in practice, but a PostgreSQL
 * deployment may hold many, and then the CLI asks rather than guesses.
 */
export async function resolveWorkspace(db: Db, selector?: string | undefined): Promise<WorkspaceRef> {
  const columns = { id: workspaces.id, name: workspaces.name };
  if (selector !== undefined) {
    const matches = await db
      .select(columns)
      .from(workspaces)
      .where(
        UUID.test(selector)
          ? eq(workspaces.id, selector.toLowerCase())
          : sql`lower(${workspaces.name}) = lower(${selector.trim()})`,
      )
      .limit(2);
    if (matches.length === 1) return matches[0] as WorkspaceRef;
    if (matches.length > 1)
      throw new AppError('invalid_input', `Several workspaces are named "${selector}"; give its id instead`);
    throw new AppError('not_found', `There is no workspace "${selector}"`, await listed(db));
  }
  const found = await db.select(columns).from(workspaces).orderBy(asc(workspaces.createdAt)).limit(2);
  if (found.length === 1) return found[0] as WorkspaceRef;
  if (found.length === 0) {
    throw new AppError('not_found', 'There is no workspace yet', [
      { path: '', message: 'Create one in the web app (npx rapport serve), or try npx rapport demo' },
    ]);
  }
  throw new AppError(
    'invalid_input',
    'This database has several workspaces; choose one with --workspace <name|id>',
    await listed(db),
  );
}

async function listed(db: Db) {
  const rows = await db
    .select({ id: workspaces.id, name: workspaces.name })
    .from(workspaces)
    .orderBy(asc(workspaces.name))
    .limit(LISTED);
  return rows.map((row) => ({ path: row.id, message: row.name }));
}
