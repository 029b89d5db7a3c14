import type { Readable } from 'node:stream';
import { and, asc, eq, sql } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden } from '../../core/errors/app-error.ts';
import { INTERACTION_CSV_HEADER, interactionCsvRow } from '../../core/export/interaction-columns.ts';
import type { Db } from '../../db/connect.ts';
import { callbacks, clients, interactions, users } from '../../db/schema/index.ts';
import { visibleClientCondition } from '../clients/visibility.ts';
import { type CsvStreamOptions, csvStream, keysetBatches } from './csv-stream.ts';
import { mapRows } from './export-clients-csv.ts';

interface Key {
  /** The instant as the database prints it: microseconds survive, which a JS Date would drop. */
  at: string;
  id: string;
}

/** Every interaction of the workspace as CSV, oldest first, with the callback each one opened. */
export function exportInteractionsCsv(db: Db, actor: Actor, options: CsvStreamOptions = {}): Readable {
  if (!policies.importExport(actor)) throw forbidden('Stand-ins cannot export interactions');
  const rows = keysetBatches(
    (after: Key | null, limit) =>
      db
        .select({
          id: interactions.id,
          occurredAt: interactions.occurredAt,
          key: sql<string>`${interactions.occurredAt}::text`,
          clientId: interactions.clientId,
          clientName: clients.name,
          channel: interactions.channel,
          direction: interactions.direction,
          summary: interactions.summary,
          body: interactions.body,
          userName: users.name,
          callbackDueAt: callbacks.dueAt,
          callbackAnsweredAt: callbacks.answeredAt,
        })
        .from(interactions)
        .innerJoin(
          clients,
          and(eq(clients.workspaceId, interactions.workspaceId), eq(clients.id, interactions.clientId)),
        )
        .leftJoin(
          users,
          and(eq(users.workspaceId, interactions.workspaceId), eq(users.id, interactions.userId)),
        )
        .leftJoin(
          callbacks,
          and(
            eq(callbacks.workspaceId, interactions.workspaceId),
            eq(callbacks.requestInteractionId, interactions.id),
          ),
        )
        .where(
          and(
            eq(interactions.workspaceId, actor.workspaceId),
            visibleClientCondition(actor, sql`${interactions.clientId}`),
            after === null
              ? undefined
              : sql`(${interactions.occurredAt}, ${interactions.id}) > (${after.at}::timestamptz, ${after.id}::uuid)`,
          ),
        )
        .orderBy(asc(interactions.occurredAt), asc(interactions.id))
        .limit(limit),
    (row) => ({ at: row.key, id: row.id }),
  );
  return csvStream(INTERACTION_CSV_HEADER, mapRows(rows, interactionCsvRow), options);
}
