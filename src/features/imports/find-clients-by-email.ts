import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';

// One parameter per query whatever the file's size: PostgreSQL takes at most 65,535.
const CHUNK = 10_000;

/** Clients of the workspace that have one of these (lower-case) e-mails: e-mail → name. */
export async function findClientsByEmail(
  db: Db,
  workspaceId: string,
  emails: string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const unique = [...new Set(emails)];
  for (let start = 0; start < unique.length; start += CHUNK) {
    const chunk = JSON.stringify(unique.slice(start, start + CHUNK));
    const rows = await queryRows<{ email: string; name: string }>(
      db,
      sql`select lower(email) as email, name from clients
          where workspace_id = ${workspaceId}
            and lower(email) in (select jsonb_array_elements_text(${chunk}::jsonb))`,
    );
    for (const row of rows) if (!found.has(row.email)) found.set(row.email, row.name);
  }
  return found;
}
