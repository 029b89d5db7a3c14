import type { ColumnMapping } from '../../../core/import/import-fields.ts';
import { api } from './client.ts';
import type { ImportIssue, ImportResult } from './types.ts';

// The server's own list of fields (pure code, no I/O), so the two can never drift apart.
export { type ColumnMapping, IMPORT_FIELDS, type ImportField } from '../../../core/import/import-fields.ts';

/** One of the first rows of the file, read as a client. */
export interface ImportSampleRow {
  line: number;
  valid: boolean;
  kind: string | null;
  name: string | null;
  company: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  website: string | null;
  status: string | null;
  /** The owning user's e-mail. */
  owner: string | null;
  tags: string[];
  sells: string | null;
  sellsTags: string[];
  notes: string | null;
  since: string | null;
}

export interface ClientImportPreview {
  columns: string[];
  mapping: ColumnMapping;
  /** Data rows in the file. */
  rows: number;
  /** Rows that would be imported as they are. */
  valid: number;
  /** The first 20 rows. */
  sample: ImportSampleRow[];
  /** Every problem, in line order (at most 500); the header is line 1. */
  errors: ImportIssue[];
}

export interface ImportInput {
  csv: string;
  mapping?: ColumnMapping;
}

/** The server's limit on one upload; bigger files go through the CLI. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const importsApi = {
  preview: (input: ImportInput) =>
    api<ClientImportPreview>('/imports/clients/preview', { method: 'POST', body: input }),
  run: (input: ImportInput & { skipInvalid?: boolean }) =>
    api<ImportResult>('/imports/clients', { method: 'POST', body: input }),
};

/** Download links for the CSV exports (owner and staff); the browser saves them as files. */
export const exportUrls = {
  clients: '/api/v1/exports/clients.csv',
  interactions: '/api/v1/exports/interactions.csv',
};
