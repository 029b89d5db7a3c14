import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden } from '../../core/errors/app-error.ts';
import { encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { clientPageLinks } from '../../db/schema/index.ts';
import { requireDisruption } from '../disruptions/require-disruption.ts';
import { readCursor } from '../shared/read-cursor.ts';
import { toLinkView } from './link-views.ts';
import type { ClientPagesPage, ListClientPagesQuery } from './schemas.ts';

const cursorKey = z.tuple([z.string(), z.uuid()]);

/**
 * The affected clients by name, each with every private page link issued to them for
 * this disruption (state, expiry, last opened). Tokens are never stored, so never shown.
 */
export async function listClientPages(
  db: Db,
  actor: Actor,
  disruptionId: string,
  query: ListClientPagesQuery,
  now: Date,
): Promise<ClientPagesPage> {
  if (!policies.manageDisruptions(actor)) throw forbidden('Client pages are managed by the owner and staff');
  await requireDisruption(db, actor, disruptionId);
  const after = query.cursor
    ? (([name, id]) => sql`and (lower(c.name), c.id) > (${name}, ${id}::uuid)`)(
        readCursor(query.cursor, cursorKey),
      )
    : sql``;
  const search = query.q ? sql`and strpos(lower(c.name), ${query.q.toLowerCase()}) > 0` : sql``;
  const clients = await queryRows<{ id: string; name: string; sort_name: string }>(
    db,
    sql`select c.id, c.name, lower(c.name) as sort_name
        from disruption_clients dc
        join clients c on c.workspace_id = dc.workspace_id and c.id = dc.client_id
        where dc.workspace_id = ${actor.workspaceId} and dc.disruption_id = ${disruptionId}
          and dc.removed_at is null ${after} ${search}
        order by lower(c.name), c.id limit ${query.limit + 1}`,
  );
  const page = clients.slice(0, query.limit);
  const links =
    page.length === 0
      ? []
      : await db
          .select()
          .from(clientPageLinks)
          .where(
            and(
              eq(clientPageLinks.workspaceId, actor.workspaceId),
              eq(clientPageLinks.disruptionId, disruptionId),
              inArray(
                clientPageLinks.clientId,
                page.map((client) => client.id),
              ),
            ),
          )
          .orderBy(desc(clientPageLinks.createdAt), desc(clientPageLinks.id));
  const last = clients.length > query.limit ? page.at(-1) : undefined;
  return {
    items: page.map((client) => ({
      clientId: client.id,
      clientName: client.name,
      links: links.filter((link) => link.clientId === client.id).map((link) => toLinkView(link, now)),
    })),
    nextCursor: last ? encodeCursor([last.sort_name, last.id]) : null,
  };
}
