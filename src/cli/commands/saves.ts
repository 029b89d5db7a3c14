import { type Command, Option } from 'commander';
import { CASE_STATUSES } from '../../core/saves/index.ts';
import type { Db } from '../../db/connect.ts';
import { listSaveCases } from '../../features/saves/list-save-cases.ts';
import type { SaveCaseSummaryView } from '../../features/saves/schemas.ts';
import { cliActor } from '../cli-actor.ts';
import { type CliIO, plural, println, tableLines } from '../cli-io.ts';
import { parseLimitOption, parseStatusOption } from '../list-options.ts';
import { withDatabase } from '../open-database.ts';
import { resolveWorkspace } from '../resolve-workspace.ts';
import { workspaceOption } from './workspace-option.ts';

export interface SavesListOptions {
  status?: string | undefined;
  limit?: string | undefined;
  workspace?: string | undefined;
}

const COLUMNS = ['called', 'status', 'client', 'reason', 'accepted', 'case'] as const;

/** Lists save cases, latest call first, as `GET /api/v1/saves` does: one aligned row per case. */
export async function runSavesList(
  db: Db,
  options: SavesListOptions,
  io: CliIO,
): Promise<SaveCaseSummaryView[]> {
  const status = parseStatusOption(options.status, CASE_STATUSES);
  const limit = parseLimitOption(options.limit);
  const workspace = await resolveWorkspace(db, options.workspace);
  const page = await listSaveCases(db, cliActor(workspace.id), {
    status,
    limit,
  });
  if (page.items.length === 0) {
    println(io.out, status ? `No ${status} save cases.` : 'No save cases yet.');
    return page.items;
  }
  const rows = page.items.map((item) => [
    item.calledAt.slice(0, 10),
    item.status,
    item.client.name,
    item.reason.label,
    item.acceptedKinds.join(', ') || '—',
    item.id,
  ]);
  for (const line of tableLines(COLUMNS, rows)) println(io.out, line);
  const more = page.nextCursor ? ` (more: raise --limit, or page with GET /api/v1/saves)` : '';
  println(io.err, `${plural(page.items.length, 'save case')}${more}`);
  return page.items;
}

export function savesCommand(program: Command): void {
  const group = program
    .command('saves')
    .description('The save desk: calls from clients who want to leave, and what came of them')
    .addHelpText('after', '\nExample:\n  $ npx rapport saves list --status open');
  group
    .command('list')
    .description('List save cases, latest call first')
    .addOption(new Option('--status <status>', 'only cases with this status').choices([...CASE_STATUSES]))
    .option('--limit <n>', 'at most this many (1–200, default 50)')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      `
Columns: the day of the call, the status (open, saved, downgraded, paused, cancelled), the
client, the reason, the offers accepted and the case id (for GET /api/v1/saves/{id}).

Examples:
  $ npx rapport saves list
  $ npx rapport saves list --status cancelled --limit 200`,
    )
    .action((options: SavesListOptions) =>
      withDatabase((db, io) => runSavesList(db, options, io)).then(() => {}),
    );
}
