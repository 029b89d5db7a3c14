import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import type { CsvStreamOptions } from '../../features/exports/csv-stream.ts';
import { exportClientsCsv } from '../../features/exports/export-clients-csv.ts';
import { exportInteractionsCsv } from '../../features/exports/export-interactions-csv.ts';
import { cliActor } from '../cli-actor.ts';
import { type CliIO, formatBytes, println } from '../cli-io.ts';
import { withDatabase } from '../open-database.ts';
import { resolveWorkspace } from '../resolve-workspace.ts';
import { workspaceOption } from './workspace-option.ts';

type Exporter = (db: Db, actor: Actor, options: CsvStreamOptions) => Readable;

const EXPORTERS: Record<'clients' | 'interactions', Exporter> = {
  clients: exportClientsCsv,
  interactions: exportInteractionsCsv,
};
export type ExportKind = keyof typeof EXPORTERS;

export interface ExportOptions {
  /** Write here instead of to `io.out`. */
  out?: string | undefined;
  workspace?: string | undefined;
  /** Start with a UTF-8 byte order mark, for Excel. */
  bom?: boolean | undefined;
}

/**
 * Streams an export through the same service as the API, page by page, so memory stays
 * flat however large the workspace. A file is written beside its name and renamed when
 * complete: a failed export never leaves a truncated file that looks whole.
 */
export async function runExport(db: Db, kind: ExportKind, options: ExportOptions, io: CliIO): Promise<void> {
  const workspace = await resolveWorkspace(db, options.workspace);
  const csv = EXPORTERS[kind](db, cliActor(workspace.id), { bom: options.bom ?? false });
  if (!options.out) {
    try {
      await pipeline(csv, io.out, { end: false });
    } catch (error) {
      // `rapport export clients | head` closes the pipe early; that is not a failure.
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
    }
    return;
  }
  const partial = `${options.out}.partial`;
  try {
    await pipeline(csv, createWriteStream(partial));
    await rename(partial, options.out);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const { size } = await stat(options.out);
  println(io.err, `Exported the ${kind} of ${workspace.name} to ${options.out} (${formatBytes(size)}).`);
}

export function exportCommand(program: Command): void {
  const group = program
    .command('export')
    .description('Export data as CSV, to standard output or a file')
    .addHelpText('after', '\nExample:\n  $ npx rapport export clients --out clients.csv');
  const descriptions: Record<ExportKind, string> = {
    clients: 'Export every client (archived ones too) as CSV; the file imports again as it is',
    interactions: 'Export every interaction, oldest first, with the callback each one opened',
  };
  for (const kind of Object.keys(EXPORTERS) as ExportKind[]) {
    group
      .command(kind)
      .description(descriptions[kind])
      .option('-o, --out <file>', 'write to this file instead of standard output')
      .option('--bom', 'start with a UTF-8 byte order mark, so Excel reads accents right')
      .addOption(workspaceOption())
      .addHelpText(
        'after',
        `
Cells a spreadsheet would run as formulas (=, +, -, @) start with a quote.

Examples:
  $ npx rapport export ${kind} > ${kind}.csv
  $ npx rapport export ${kind} --out ${kind}.csv --bom`,
      )
      .action((options: ExportOptions) => withDatabase((db, io) => runExport(db, kind, options, io)));
  }
}
