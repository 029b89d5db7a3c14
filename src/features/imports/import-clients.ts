import { eq, sql } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { todayIn } from '../../core/calendar/today-in.ts';
import { AppError, type ErrorDetail, forbidden, refused } from '../../core/errors/app-error.ts';
import type { ColumnMapping } from '../../core/import/import-fields.ts';
import type { RowError } from '../../core/import/row-to-candidate.ts';
import type { Db } from '../../db/connect.ts';
import { auditLog, CLIENT_SEARCH_INDEX, clients, workspaces } from '../../db/schema/index.ts';
import { selectJsonRows } from '../../db/select-json-rows.ts';
import { auditView } from '../clients/create-clients.ts';
import type { ClientInput } from '../clients/schemas.ts';
import { checkClientCsv, mapsName } from './check-client-csv.ts';
import type { CsvRecord } from './read-csv-records.ts';

/** Rows per transaction, so a row is never half-written. */
export const IMPORT_BATCH = 1_000;
/** At most this many row errors travel in a reply; the counts stay exact. */
export const MAX_REPORTED_ERRORS = 500;

export interface ImportOptions {
  mapping?: ColumnMapping | undefined;
  /** Import the valid rows and report the others; otherwise one bad row refuses the file. */
  skipInvalid?: boolean | undefined;
  /** Check everything, write nothing. */
  dryRun?: boolean | undefined;
  maxRows?: number | undefined;
  /** Called after each batch is written. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  now?: Date;
}

export interface ImportResult {
  rows: number;
  imported: number;
  /** Rows not imported because they are invalid. */
  skipped: number;
  errors: RowError[];
}

/**
 * Imports clients from CSV records. Every row is checked before anything is written:
 * with an invalid row and no `skipInvalid`, the file is refused (422, `line N` details)
 * and nothing changes. Valid rows then go in batches, each in its own transaction with
 * its audit rows.
 */
export async function importClients(
  db: Db,
  actor: Actor,
  records: AsyncIterable<CsvRecord>,
  options: ImportOptions = {},
): Promise<ImportResult> {
  if (!policies.importExport(actor)) throw forbidden('Stand-ins cannot import clients');
  const checked = await checkClientCsv(db, actor, records, options);
  if (!mapsName(checked.mapping)) {
    throw new AppError('invalid_input', 'No column holds the client name', [
      { path: 'mapping', message: 'Map a column to name (or to first and last name)' },
    ]);
  }
  if (checked.rows === 0) {
    throw new AppError('invalid_input', 'The file has no client rows', [
      { path: 'csv', message: 'Only a header' },
    ]);
  }
  const skipped = new Set(checked.errors.map((error) => error.line)).size;
  if (skipped > 0 && !options.skipInvalid) {
    throw refused(
      `${plural(skipped, 'row')} of ${checked.rows.toLocaleString('en')} ${skipped === 1 ? 'is' : 'are'} not valid; nothing was imported`,
      errorDetails(checked.errors),
    );
  }
  const result = {
    rows: checked.rows,
    imported: 0,
    skipped,
    errors: checked.errors.slice(0, MAX_REPORTED_ERRORS),
  };
  if (options.dryRun) return result;

  const total = checked.accepted.length;
  options.onProgress?.(0, total);
  const today = await workspaceToday(db, actor, options.now ?? new Date());
  for (let start = 0; start < total; start += IMPORT_BATCH) {
    const batch = checked.accepted.slice(start, start + IMPORT_BATCH).map((row) => row.input);
    await insertClients(db, actor, batch, today);
    result.imported += batch.length;
    options.onProgress?.(result.imported, total);
  }
  if (result.imported > 0) await tidySearch(db, result.imported);
  return result;
}

/**
 * What createClients does for one client, for a batch: the clients and their audit rows
 * in one transaction, in two statements whatever the batch's size. Owners were resolved
 * to this workspace's users by the check (and the foreign key holds them there).
 */
async function insertClients(db: Db, actor: Actor, inputs: ClientInput[], today: string): Promise<void> {
  await db.transaction(async (tx) => {
    const created = await tx
      .insert(clients)
      .select(
        selectJsonRows(
          clients,
          inputs.map((input) => ({
            ...input,
            workspaceId: actor.workspaceId,
            ownerUserId: input.ownerUserId ?? actor.userId,
            since: input.since ?? today,
          })),
        ),
      )
      .returning();
    await tx.insert(auditLog).select(
      selectJsonRows(
        auditLog,
        created.map((client) => ({
          workspaceId: actor.workspaceId,
          actorUserId: actor.userId,
          actorLabel: actor.label,
          action: 'client.create',
          entityType: 'client',
          entityId: client.id,
          after: auditView(client),
        })),
      ),
    );
  });
}

/**
 * After a load, what autovacuum would do in a while, and PGlite (which has none) never:
 * merge the new rows waiting in the trigram index's pending list, which every search
 * would otherwise read through row by row (up to 50 ms a typo on PGlite, a few once
 * merged), and refresh the statistics the search queries are planned with.
 */
async function tidySearch(db: Db, imported: number): Promise<void> {
  await db.execute(sql`select gin_clean_pending_list(${CLIENT_SEARCH_INDEX}::regclass)`);
  if (imported >= IMPORT_BATCH) await db.execute(sql`analyze ${clients}`);
}

/** A relationship begins on the business's own calendar day, not UTC's. */
async function workspaceToday(db: Db, actor: Actor, now: Date): Promise<string> {
  const [workspace] = await db
    .select({ timezone: workspaces.timezone })
    .from(workspaces)
    .where(eq(workspaces.id, actor.workspaceId));
  return todayIn(now, workspace?.timezone ?? 'UTC');
}

/** Row errors as the API's error details: `{ path: 'line 7', message: 'email: Invalid email address' }`. */
export function errorDetails(errors: RowError[]): ErrorDetail[] {
  const details = errors.slice(0, MAX_REPORTED_ERRORS).map((error) => ({
    path: `line ${error.line}`,
    message: error.field ? `${error.field}: ${error.message}` : error.message,
  }));
  if (errors.length > MAX_REPORTED_ERRORS) {
    details.push({
      path: 'csv',
      message: `…and ${plural(errors.length - MAX_REPORTED_ERRORS, 'more problem')}`,
    });
  }
  return details;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}
