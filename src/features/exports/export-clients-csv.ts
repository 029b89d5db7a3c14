import type { Readable } from 'node:stream';
import { and, asc, eq, gt } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden } from '../../core/errors/app-error.ts';
import { CLIENT_CSV_HEADER, clientCsvRow } from '../../core/export/client-columns.ts';
import type { Db } from '../../db/connect.ts';
import { clients, users } from '../../db/schema/index.ts';
import { visibleClientCondition } from '../clients/visibility.ts';
import { type CsvStreamOptions, csvStream, keysetBatches } from './csv-stream.ts';

/**
 * Every client of the workspace (archived ones too, marked so) as CSV, in creation order,
 * with the owner by e-mail. The columns import again as they are.
 */
export function exportClientsCsv(db: Db, actor: Actor, options: CsvStreamOptions = {}): Readable {
  if (!policies.importExport(actor)) throw forbidden('Stand-ins cannot export clients');
  const rows = keysetBatches(
    (after: string | null, limit) =>
      db
        .select({
          id: clients.id,
          kind: clients.kind,
          name: clients.name,
          company: clients.company,
          email: clients.email,
          phone: clients.phone,
          address: clients.address,
          website: clients.website,
          status: clients.status,
          ownerEmail: users.email,
          tags: clients.tags,
          sells: clients.sells,
          sellsTags: clients.sellsTags,
          notes: clients.notes,
          since: clients.since,
          archivedAt: clients.archivedAt,
          createdAt: clients.createdAt,
        })
        .from(clients)
        .leftJoin(users, and(eq(users.workspaceId, clients.workspaceId), eq(users.id, clients.ownerUserId)))
        .where(
          and(
            eq(clients.workspaceId, actor.workspaceId),
            visibleClientCondition(actor),
            after === null ? undefined : gt(clients.id, after),
          ),
        )
        // Ids are UUIDv7: id order is creation order, and the primary key serves it.
        .orderBy(asc(clients.id))
        .limit(limit),
    (row) => row.id,
  );
  return csvStream(CLIENT_CSV_HEADER, mapRows(rows, clientCsvRow), options);
}

export async function* mapRows<Row>(rows: AsyncIterable<Row>, toCells: (row: Row) => string[]) {
  for await (const row of rows) yield toCells(row);
}
