import { and, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { type ColumnMapping, suggestMapping, uniqueColumnNames } from '../../core/import/import-fields.ts';
import { type RowCandidate, type RowError, rowToCandidate } from '../../core/import/row-to-candidate.ts';
import type { Db } from '../../db/connect.ts';
import { users } from '../../db/schema/index.ts';
import { type ClientInput, clientInput } from '../clients/schemas.ts';
import { findClientsByEmail } from './find-clients-by-email.ts';
import type { CsvRecord } from './read-csv-records.ts';

export const SAMPLE_ROWS = 20;

export interface AcceptedRow {
  line: number;
  input: ClientInput;
}

export interface SampleRow {
  line: number;
  fields: Record<string, unknown>;
  owner: string | null;
}

export interface CheckedCsv {
  columns: string[];
  mapping: ColumnMapping;
  /** Data rows in the file (blank lines not counted). */
  rows: number;
  accepted: AcceptedRow[];
  /** Every problem, in line order. */
  errors: RowError[];
  sample: SampleRow[];
}

export interface CheckOptions {
  /** The caller's column mapping; without one, the mapping is suggested from the headers. */
  mapping?: ColumnMapping | undefined;
  /** Refuse files with more data rows than this (413). */
  maxRows?: number | undefined;
}

/**
 * Reads every row and judges it as a new client, writing nothing: the file's shape, the
 * client schema, the owner (a user of this workspace, by e-mail) and duplicate e-mails,
 * within the file and against the workspace's clients (archived ones included).
 */
export async function checkClientCsv(
  db: Db,
  actor: Actor,
  records: AsyncIterable<CsvRecord>,
  options: CheckOptions = {},
): Promise<CheckedCsv> {
  const iterator = records[Symbol.asyncIterator]();
  const header = await iterator.next();
  if (header.done)
    throw new AppError('invalid_input', 'The file is empty', [{ path: 'csv', message: 'No header row' }]);
  const columns = uniqueColumnNames(header.value.cells);
  const mapping = options.mapping ? checkMapping(columns, options.mapping) : suggestMapping(columns);
  const fields = columns.map((column) => mapping[column] ?? '');
  const owners = await workspaceUsersByEmail(db, actor.workspaceId);

  const result: CheckedCsv = { columns, mapping, rows: 0, accepted: [], errors: [], sample: [] };
  const firstLineOf = new Map<string, number>();
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    result.rows++;
    if (options.maxRows !== undefined && result.rows > options.maxRows) {
      throw new AppError(
        'payload_too_large',
        `The file has more than ${options.maxRows.toLocaleString('en')} rows`,
        [{ path: 'csv', message: 'Split it, or import it with the CLI: rapport import clients FILE.csv' }],
      );
    }
    const candidate = rowToCandidate(next.value.cells, fields, next.value.line);
    if (result.sample.length < SAMPLE_ROWS) {
      result.sample.push({ line: candidate.line, fields: candidate.fields, owner: candidate.owner });
    }
    const input = judge(candidate, owners);
    if (input?.email) {
      const earlier = firstLineOf.get(input.email);
      if (earlier === undefined) firstLineOf.set(input.email, candidate.line);
      else
        candidate.errors.push({ line: candidate.line, field: 'email', message: `also on line ${earlier}` });
    }
    result.errors.push(...candidate.errors);
    if (input && candidate.errors.length === 0) result.accepted.push({ line: candidate.line, input });
  }
  await refuseExistingEmails(db, actor.workspaceId, result);
  return result;
}

/** The candidate as a client input, or null; problems are added to the candidate. */
function judge(candidate: RowCandidate, owners: Map<string, string>): ClientInput | null {
  const parsed = clientInput.safeParse(candidate.fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) candidate.errors.push(rowError(candidate, issue));
    return null;
  }
  const ownerUserId = candidate.owner === null ? undefined : owners.get(candidate.owner.toLowerCase());
  if (candidate.owner !== null && !ownerUserId) {
    candidate.errors.push({
      line: candidate.line,
      field: 'owner',
      message: `no active user ${candidate.owner} in this workspace`,
    });
  }
  if (candidate.errors.length) return null;
  return ownerUserId ? { ...parsed.data, ownerUserId } : parsed.data;
}

function rowError(candidate: RowCandidate, issue: z.core.$ZodIssue): RowError {
  const field = String(issue.path[0] ?? '');
  const missing = issue.code === 'invalid_type' && candidate.fields[field] === undefined;
  return { line: candidate.line, field, message: missing ? 'is required' : issue.message };
}

/** A file's e-mail that is already a client's is reported, not imported twice. */
async function refuseExistingEmails(db: Db, workspaceId: string, result: CheckedCsv): Promise<void> {
  const emails = result.accepted.flatMap((row) => (row.input.email ? [row.input.email] : []));
  const existing = await findClientsByEmail(db, workspaceId, emails);
  if (existing.size === 0) return;
  result.accepted = result.accepted.filter((row) => {
    const name = row.input.email ? existing.get(row.input.email) : undefined;
    if (name === undefined) return true;
    result.errors.push({ line: row.line, field: 'email', message: `already a client: ${name}` });
    return false;
  });
  result.errors.sort((a, b) => a.line - b.line);
}

function checkMapping(columns: string[], mapping: ColumnMapping): ColumnMapping {
  const known = new Set(columns);
  const details = Object.keys(mapping)
    .filter((column) => !known.has(column))
    .map((column) => ({ path: 'mapping', message: `The file has no column "${column}"` }));
  const seen = new Set<string>();
  for (const field of Object.values(mapping)) {
    if (field && seen.has(field))
      details.push({ path: 'mapping', message: `Two columns are mapped to ${field}` });
    if (field) seen.add(field);
  }
  if (details.length)
    throw new AppError('invalid_input', 'The column mapping does not fit the file', details);
  return Object.fromEntries(columns.map((column) => [column, mapping[column] ?? '']));
}

async function workspaceUsersByEmail(db: Db, workspaceId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: users.id, email: sql<string>`lower(${users.email})` })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), isNull(users.disabledAt)));
  return new Map(rows.map((row) => [row.email, row.id]));
}

/** Whether the mapping names the client somehow (a name column, or first and/or last name). */
export function mapsName(mapping: ColumnMapping): boolean {
  return Object.values(mapping).some(
    (field) => field === 'name' || field === 'firstName' || field === 'lastName',
  );
}
