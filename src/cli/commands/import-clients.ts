import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { type ImportResult, importClients } from '../../features/imports/import-clients.ts';
import { readCsvRecords } from '../../features/imports/read-csv-records.ts';
import { cliActor } from '../cli-actor.ts';
import { type CliIO, formatBytes, plural, println } from '../cli-io.ts';
import { withDatabase } from '../open-database.ts';
import { progressBar } from '../progress-bar.ts';
import { resolveWorkspace } from '../resolve-workspace.ts';
import { workspaceOption } from './workspace-option.ts';

export interface ImportClientsOptions {
  file: string;
  /** Name or id; needed only when the database holds several workspaces. */
  workspace?: string | undefined;
  /** Import the valid rows and list the others, instead of refusing the file. */
  skipInvalid?: boolean | undefined;
  /** Check every row and write nothing. */
  dryRun?: boolean | undefined;
  now?: Date | undefined;
}

/**
 * Imports clients from a CSV file through the same service as the API. Every row is
 * checked before anything is written, and the whole file goes in one transaction, so
 * an invalid row, a crash or Ctrl-C mid-way leaves the workspace as it was.
 */
export async function runImportClients(
  db: Db,
  options: ImportClientsOptions,
  io: CliIO,
): Promise<ImportResult> {
  const workspace = await resolveWorkspace(db, options.workspace);
  const size = await fileSize(options.file);
  const started = Date.now();
  const bar = progressBar(io);
  bar.phase('Checking ', size, formatBytes);
  try {
    const result = await db.transaction((tx) =>
      importClients(tx, cliActor(workspace.id), readCsvRecords(counted(options.file, bar.update)), {
        skipInvalid: options.skipInvalid,
        dryRun: options.dryRun,
        now: options.now,
        onProgress: (done, total) => (done === 0 ? bar.phase('Importing', total) : bar.update(done)),
      }),
    );
    bar.stop();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const file = basename(options.file);
    if (options.dryRun) {
      println(
        io.out,
        `Checked ${plural(result.rows, 'row')} of ${file}: ${plural(result.rows - result.skipped, 'client')} would be imported into ${workspace.name}; nothing was written (--dry-run).`,
      );
    } else {
      println(
        io.out,
        `Imported ${plural(result.imported, 'client')} into ${workspace.name} from ${file} in ${seconds} s.`,
      );
    }
    if (result.skipped > 0) {
      println(
        io.out,
        `${plural(result.skipped, 'invalid row')} ${options.dryRun ? 'would be' : result.skipped === 1 ? 'was' : 'were'} skipped:`,
      );
      for (const error of result.errors) {
        println(io.out, `  line ${error.line}: ${error.field ? `${error.field}: ` : ''}${error.message}`);
      }
    }
    return result;
  } finally {
    bar.stop();
  }
}

async function fileSize(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw cannotRead(file, 'it is not a file');
    return info.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw cannotRead(file, code === 'ENOENT' ? 'there is no such file' : String(code ?? error));
  }
}

const cannotRead = (file: string, why: string) =>
  new AppError('invalid_input', `Cannot read ${file}: ${why}`);

/** The file's bytes as they are read, reporting how far it has got. */
async function* counted(file: string, onRead: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    bytes += (chunk as Buffer).length;
    onRead(bytes);
    yield chunk as Buffer;
  }
}

export function importCommand(program: Command): void {
  const group = program
    .command('import')
    .description('Import data from files (CSV)')
    .addHelpText('after', '\nExample:\n  $ npx rapport import clients customers.csv');
  group
    .command('clients')
    .description(
      'Import clients from a CSV file (UTF-8; comma, semicolon or tab separated). Every row is checked first: ' +
        'one invalid row refuses the whole file, with its line number, and nothing is written.',
    )
    .argument('<file>', 'the CSV file; its first line names the columns')
    .option('--skip-invalid', 'import the valid rows and list the invalid ones instead of refusing the file')
    .option('--dry-run', 'check every row and report, without writing anything')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      `
Columns are recognised by their header: Name (or First name + Last name), Kind, Company,
Email, Phone, Address, Website, Status, Owner (a user's e-mail), Tags ("vip; local"),
Sells, Sells tags, Notes, Client since (YYYY-MM-DD). Other columns are ignored. A file
from "rapport export clients" imports again as it is.

The server must not be running on the same data directory (PGlite): stop it, or import
through the API (POST /api/v1/imports/clients) instead.

Examples:
  $ npx rapport import clients customers.csv
  $ npx rapport import clients customers.csv --dry-run
  $ npx rapport import clients old-crm.csv --skip-invalid --workspace "Harbor Studio"`,
    )
    .action((file: string, options: Omit<ImportClientsOptions, 'file'>) =>
      withDatabase((db, io) => runImportClients(db, { ...options, file }, io)).then(() => {}),
    );
}
