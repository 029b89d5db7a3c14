import { type Command, Option } from 'commander';
import type { z } from 'zod';
import { readConfig } from '../../config.ts';
import { spellDate } from '../../core/disruptions/time-frame.ts';
import { DISRUPTION_STATUSES } from '../../core/disruptions/vocabulary.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { declareDisruption } from '../../features/disruptions/declare-disruption.ts';
import { getDisruption } from '../../features/disruptions/get-disruption.ts';
import { listDisruptions } from '../../features/disruptions/list-disruptions.ts';
import {
  type DeclaredView,
  type DisruptionSummaryView,
  type DisruptionView,
  declareDisruptionBody,
} from '../../features/disruptions/schemas.ts';
import { cliActor } from '../cli-actor.ts';
import { type CliIO, plural, println, tableLines } from '../cli-io.ts';
import { parseLimitOption, parseStatusOption } from '../list-options.ts';
import { withDatabase } from '../open-database.ts';
import { resolveWorkspace } from '../resolve-workspace.ts';
import { workspaceOption } from './workspace-option.ts';

export interface DisruptionsListOptions {
  status?: string | undefined;
  limit?: string | undefined;
  workspace?: string | undefined;
  now?: Date | undefined;
}

const COLUMNS = ['started', 'status', 'affected', 'contacted', 'promise', 'title', 'disruption'] as const;

/** Lists disruptions, active first, as `GET /api/v1/disruptions` does. */
export async function runDisruptionsList(
  db: Db,
  options: DisruptionsListOptions,
  io: CliIO,
): Promise<DisruptionSummaryView[]> {
  const status = parseStatusOption(options.status, DISRUPTION_STATUSES);
  const limit = parseLimitOption(options.limit);
  const workspace = await resolveWorkspace(db, options.workspace);
  const page = await listDisruptions(
    db,
    cliActor(workspace.id),
    { status, limit },
    options.now ?? new Date(),
  );
  if (page.items.length === 0) {
    println(io.out, status ? `No ${status} disruptions.` : 'No disruptions yet.');
    return page.items;
  }
  const rows = page.items.map((item) => [
    item.startedOn,
    item.status,
    String(item.counts.affected),
    percent(item.counts.contacted, item.counts.affected),
    item.promisedOn ?? '—',
    item.title.length > 40 ? `${item.title.slice(0, 39)}…` : item.title,
    item.id,
  ]);
  for (const line of tableLines(COLUMNS, rows)) println(io.out, line);
  const more = page.nextCursor ? ' (more: raise --limit, or page with GET /api/v1/disruptions)' : '';
  println(io.err, `${plural(page.items.length, 'disruption')}${more}`);
  return page.items;
}

/** Shows one disruption as `GET /api/v1/disruptions/{id}` does, the private detail marked as such. */
export async function runDisruptionsShow(
  db: Db,
  id: string,
  options: { workspace?: string | undefined; now?: Date | undefined },
  io: CliIO,
): Promise<DisruptionView> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('invalid_input', `"${id}" is not a disruption id`);
  const workspace = await resolveWorkspace(db, options.workspace);
  const view = await getDisruption(db, cliActor(workspace.id), id, options.now ?? new Date());
  const { counts } = view;
  const promise = view.promisedOn
    ? `${spellDate(view.promisedOn)} (estimate ${view.estimateOn} + ${view.bufferDays} days)`
    : 'none yet';
  const lines = [
    `${view.title} — ${view.status}, since ${view.startedOn}${view.resolvedOn ? `, resolved ${view.resolvedOn}` : ''}`,
    `Promise:    ${promise}${view.estimatePastPromise ? '  ! the estimate is past the promise' : ''}`,
    `Clients:    ${counts.affected} affected, ${counts.contacted} contacted (${percent(counts.contacted, counts.affected)}), ` +
      `${counts.outreachOpen} outreach open, ${counts.mustBeTold} must be told, ${counts.updatesOverdue} updates overdue`,
    `Cadence:    an update every ${plural(view.cadenceDays, 'day')}; callbacks within ${view.callbackMinutes} minutes`,
    '',
    'Told to clients:',
    indent(view.clientMessage),
    '',
    'Private (never shown to clients):',
    indent(view.privateDetail || '—'),
  ];
  for (const text of lines) println(io.out, text);
  return view;
}

export interface DisruptionsDeclareOptions {
  title?: string | undefined;
  message?: string | undefined;
  detail?: string | undefined;
  started?: string | undefined;
  estimate?: string | undefined;
  buffer?: string | undefined;
  allActive?: boolean | undefined;
  tag?: string[] | undefined;
  workspace?: string | undefined;
  now?: Date | undefined;
  /** Base of the links in messages; default PUBLIC_URL. */
  publicUrl?: string | undefined;
}

/** Declares a disruption as `POST /api/v1/disruptions` does, and says what was set in motion. */
export async function runDisruptionsDeclare(
  db: Db,
  options: DisruptionsDeclareOptions,
  io: CliIO,
): Promise<DeclaredView> {
  if (Boolean(options.allActive) === Boolean(options.tag?.length)) {
    throw new AppError('invalid_input', 'Say who is affected: --all-active, or --tag T (repeatable)');
  }
  const parsed = declareDisruptionBody.safeParse({
    title: options.title,
    clientMessage: options.message,
    privateDetail: options.detail,
    startedOn: options.started,
    estimateOn: options.estimate,
    bufferDays: options.buffer === undefined ? undefined : Number(options.buffer),
    audience: options.allActive ? { kind: 'all_active' } : { kind: 'filter', tags: options.tag },
  });
  if (!parsed.success) throw invalidOptions(parsed.error);
  const workspace = await resolveWorkspace(db, options.workspace);
  const declared = await declareDisruption(db, cliActor(workspace.id), parsed.data, {
    now: options.now ?? new Date(),
    publicUrl: options.publicUrl ?? readConfig().publicUrl,
  });
  const { disruption, outreach } = declared;
  println(io.out, `Declared "${disruption.title}" (${disruption.id}).`);
  println(
    io.out,
    `${plural(outreach.clients, 'client')} affected: ${plural(outreach.tasks, 'outreach task')}, ` +
      `${plural(outreach.messagesQueued, 'message')} queued in the outbox, ` +
      `${plural(outreach.toReachOtherwise, 'client')} to reach by phone or in person.`,
  );
  if (disruption.promisedOn) println(io.out, `Promised to clients: ${spellDate(disruption.promisedOn)}.`);
  return declared;
}

const FLAGS: Record<string, string> = {
  title: '--title',
  clientMessage: '--message',
  privateDetail: '--detail',
  startedOn: '--started',
  estimateOn: '--estimate',
  bufferDays: '--buffer',
  audience: '--tag',
};

function invalidOptions(error: z.ZodError): AppError {
  const details = error.issues.map((issue) => ({
    path: FLAGS[String(issue.path[0])] ?? issue.path.join('.'),
    message: issue.message,
  }));
  const first = details[0];
  return new AppError(
    'invalid_input',
    first ? `${first.path}: ${first.message}` : 'Invalid options',
    details,
  );
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${Math.round((part / whole) * 100)} %`;
const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');

export function disruptionsCommand(program: Command): void {
  const group = program
    .command('disruptions')
    .description('Hard times on our side: declare a disruption and keep every affected client informed')
    .addHelpText('after', '\nExample:\n  $ npx rapport disruptions list');
  group
    .command('list')
    .description('List disruptions, active first, with how many clients were reached')
    .addOption(new Option('--status <status>', 'only this status').choices([...DISRUPTION_STATUSES]))
    .option('--limit <n>', 'at most this many (1–200, default 50)')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      `
Columns: the start date, the status, the affected clients, the share contacted, the date
promised to clients and the id (for "rapport disruptions show").

Examples:
  $ npx rapport disruptions list
  $ npx rapport disruptions list --status resolved`,
    )
    .action((options: DisruptionsListOptions) =>
      withDatabase((db, io) => runDisruptionsList(db, options, io)).then(() => {}),
    );
  group
    .command('show')
    .description('Show one disruption: its promise, its counts, and both texts')
    .argument('<id>', 'the disruption id, from "rapport disruptions list"')
    .addOption(workspaceOption())
    .addHelpText('after', '\nExample:\n  $ npx rapport disruptions show 01a2…')
    .action((id: string, options: { workspace?: string }) =>
      withDatabase((db, io) => runDisruptionsShow(db, id, options, io)).then(() => {}),
    );
  group
    .command('declare')
    .description('Declare a disruption: an outreach task, a page link and a message per affected client')
    .requiredOption('--title <text>', 'what is going on, for the team')
    .requiredOption('--message <text>', 'what clients are told: honest, not intimate')
    .option('--detail <text>', 'the private detail, never shown to clients')
    .option('--started <YYYY-MM-DD>', 'when it started (default today)')
    .option('--estimate <YYYY-MM-DD>', 'our own estimate of when things are back to normal')
    .option('--buffer <days>', 'wiggle room: the promise is the estimate plus this many days')
    .option('--all-active', 'every active client is affected')
    .option('--tag <tag>', 'clients with this tag are affected (repeat for several)', collect, [])
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      `
The outreach message uses the default template; its links start with PUBLIC_URL. Mail
waits in the outbox until it is sent (rapport outbox …, or the app).

Examples:
  $ npx rapport disruptions declare --title "Olive is ill" \\
      --message "Olive is unwell; Sam is looking after your work." --all-active
  $ npx rapport disruptions declare --title "Studio flood" --message "Our studio flooded." \\
      --detail "Insurer visits Friday" --estimate 2026-12-14 --buffer 7 --tag retainer --tag vip`,
    )
    .action((options: DisruptionsDeclareOptions) =>
      withDatabase((db, io) => runDisruptionsDeclare(db, options, io)).then(() => {}),
    );
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
