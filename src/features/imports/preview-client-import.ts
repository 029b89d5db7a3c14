import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden } from '../../core/errors/app-error.ts';
import type { ColumnMapping } from '../../core/import/import-fields.ts';
import type { Db } from '../../db/connect.ts';
import { checkClientCsv } from './check-client-csv.ts';
import { MAX_REPORTED_ERRORS } from './import-clients.ts';
import type { CsvRecord } from './read-csv-records.ts';
import type { ImportPreview } from './schemas.ts';

/**
 * What an import would do, without doing it: the columns, the mapping (suggested or
 * the caller's), the first rows as clients, and every row's problems.
 */
export async function previewClientImport(
  db: Db,
  actor: Actor,
  records: AsyncIterable<CsvRecord>,
  options: { mapping?: ColumnMapping | undefined; maxRows?: number | undefined },
): Promise<ImportPreview> {
  if (!policies.importExport(actor)) throw forbidden('Stand-ins cannot import clients');
  const checked = await checkClientCsv(db, actor, records, options);
  const invalidLines = new Set(checked.errors.map((error) => error.line));
  return {
    columns: checked.columns,
    mapping: checked.mapping,
    rows: checked.rows,
    valid: checked.accepted.length,
    sample: checked.sample.map(({ line, fields, owner }) => ({
      line,
      valid: !invalidLines.has(line),
      kind: text(fields.kind),
      name: text(fields.name),
      company: text(fields.company),
      email: text(fields.email),
      phone: text(fields.phone),
      address: text(fields.address),
      website: text(fields.website),
      status: text(fields.status),
      owner,
      tags: list(fields.tags),
      sells: text(fields.sells),
      sellsTags: list(fields.sellsTags),
      notes: text(fields.notes),
      since: text(fields.since),
    })),
    errors: checked.errors.slice(0, MAX_REPORTED_ERRORS),
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);
const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
