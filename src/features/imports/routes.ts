import { AppError } from '../../core/errors/app-error.ts';
import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { importClients } from './import-clients.ts';
import { previewClientImport } from './preview-client-import.ts';
import { readCsvRecords } from './read-csv-records.ts';
import {
  importBody,
  importPreview,
  importResult,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  previewBody,
} from './schemas.ts';

const tags = ['imports'];
// 10 MB of CSV, JSON-escaped, fits in 12 MB; the app-wide limit is 1 MB.
const bodyLimit = 12 * 1024 * 1024;

export function importRoutes(app: App, { database: { db }, now }: RouteDeps): void {
  app.post(
    '/api/v1/imports/clients/preview',
    {
      bodyLimit,
      schema: {
        tags,
        summary: 'Preview a CSV import of clients: column mapping, first rows, every row problem',
        body: previewBody,
        response: { 200: importPreview },
      },
    },
    async (request) =>
      previewClientImport(db, actorOf(request), csvRecords(request.body.csv), {
        mapping: request.body.mapping,
        maxRows: MAX_IMPORT_ROWS,
      }),
  );

  app.post(
    '/api/v1/imports/clients',
    {
      bodyLimit,
      schema: {
        tags,
        summary: 'Import clients from CSV; one invalid row refuses the file unless skipInvalid',
        body: importBody,
        response: { 201: importResult },
      },
    },
    async (request, reply) => {
      const result = await importClients(db, actorOf(request), csvRecords(request.body.csv), {
        mapping: request.body.mapping,
        skipInvalid: request.body.skipInvalid,
        maxRows: MAX_IMPORT_ROWS,
        now: now(),
      });
      return reply.status(201).send(result);
    },
  );
}

function csvRecords(csv: string) {
  if (Buffer.byteLength(csv, 'utf8') > MAX_IMPORT_BYTES) {
    throw new AppError('payload_too_large', 'The file is larger than 10 MB', [
      { path: 'csv', message: 'Split it, or import it with the CLI: rapport import clients FILE.csv' },
    ]);
  }
  return readCsvRecords([csv]);
}
