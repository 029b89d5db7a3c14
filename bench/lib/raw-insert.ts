import { uuidv7 } from 'uuidv7';
import type { BenchClient } from './client-data.ts';
import type { BenchDatabase } from './engines.ts';

const COLUMNS = [
  'workspace_id',
  'id',
  'kind',
  'name',
  'company',
  'email',
  'phone',
  'status',
  'owner_user_id',
  'tags',
  'since',
];

/**
 * The floor for any import: the same rows as plain multi-row INSERTs through the driver,
 * with no parsing, validation or audit. `rowsPerStatement` × columns stays under the
 * protocol's 65,535 parameters.
 */
export async function rawInsertClients(
  bench: BenchDatabase,
  workspaceId: string,
  ownerUserId: string,
  clients: BenchClient[],
  rowsPerStatement = 1_000,
): Promise<void> {
  for (let start = 0; start < clients.length; start += rowsPerStatement) {
    const batch = clients.slice(start, start + rowsPerStatement);
    const params: unknown[] = [];
    const tuples = batch.map((client) => {
      const base = params.length;
      params.push(
        workspaceId,
        uuidv7(),
        client.kind,
        client.name,
        client.company,
        client.email,
        client.phone,
        client.status,
        ownerUserId,
        client.tags,
        client.since,
      );
      return `(${COLUMNS.map((_, column) => `$${base + column + 1}`).join(',')})`;
    });
    await bench.rawQuery(`insert into clients (${COLUMNS.join(',')}) values ${tuples.join(',')}`, params);
  }
}
