import { type Command, Option } from 'commander';
import { readConfig } from '../../config.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { OUTBOX_STATUSES } from '../../core/mail/outbox-status.ts';
import type { Db } from '../../db/connect.ts';
import { listOutbox } from '../../features/outbox/list-outbox.ts';
import type { OutboxMessageSummary } from '../../features/outbox/schemas.ts';
import { type DeliveryReport, deliverDueMessages } from '../../mail/deliver-due-messages.ts';
import { createMailTransport } from '../../mail/mail-transport.ts';
import { cliActor } from '../cli-actor.ts';
import { type CliIO, plural, println, tableLines } from '../cli-io.ts';
import { parseLimitOption, parseStatusOption } from '../list-options.ts';
import { withDatabase } from '../open-database.ts';
import { resolveWorkspace } from '../resolve-workspace.ts';
import { workspaceOption } from './workspace-option.ts';

export interface OutboxListOptions {
  status?: string | undefined;
  limit?: string | undefined;
  workspace?: string | undefined;
}

const COLUMNS = ['created', 'status', 'tries', 'to', 'subject', 'message'] as const;

/** Lists the outbox, newest first, as `GET /api/v1/outbox` does; a failed message shows its error. */
export async function runOutboxList(
  db: Db,
  options: OutboxListOptions,
  io: CliIO,
): Promise<OutboxMessageSummary[]> {
  const status = parseStatusOption(options.status, OUTBOX_STATUSES);
  const limit = parseLimitOption(options.limit);
  const workspace = await resolveWorkspace(db, options.workspace);
  const page = await listOutbox(db, cliActor(workspace.id), { status, limit }, false);
  if (page.items.length === 0) {
    println(io.out, status ? `No ${status} messages.` : 'The outbox is empty.');
    return page.items;
  }
  const rows = page.items.map((item) => [
    item.createdAt.slice(0, 16).replace('T', ' '),
    item.status,
    String(item.attempts),
    item.toAddress,
    shorten(item.subject, 50),
    item.id,
  ]);
  const [header, ...lines] = tableLines(COLUMNS, rows);
  println(io.out, header);
  page.items.forEach((item, i) => {
    println(io.out, lines[i]);
    if (item.status === 'failed' && item.lastError) println(io.out, `  ↳ ${item.lastError}`);
  });
  const counts = OUTBOX_STATUSES.filter((status) => page.counts[status] > 0)
    .map((status) => `${page.counts[status]} ${status}`)
    .join(', ');
  println(io.err, `${plural(page.items.length, 'message')} shown (in all: ${counts})`);
  return page.items;
}

export interface OutboxSendOptions {
  /** From SMTP_URL; the command refuses without it. */
  smtpUrl: string | undefined;
  /** From MAIL_FROM. */
  from: string;
}

/**
 * Delivers every due message of every workspace once, as the server's sender does, and
 * prints what happened. Returns the exit code: 1 when a message failed for good.
 */
export async function runOutboxSend(
  db: Db,
  options: OutboxSendOptions,
  io: CliIO,
  now: () => Date = () => new Date(),
): Promise<number> {
  if (!options.smtpUrl) {
    throw new AppError(
      'invalid_input',
      'SMTP_URL is not set, so there is no mail server to send through. Set SMTP_URL ' +
        '(smtp://user:pass@host:587), or copy each message from the Outbox page and mark it sent.',
    );
  }
  const transport = createMailTransport(options.smtpUrl);
  let report: DeliveryReport;
  try {
    report = await deliverDueMessages(db, transport, { now, from: options.from });
  } finally {
    transport.close();
  }
  println(
    io.out,
    `Sent ${report.sent}, to retry later ${report.retrying}, failed ${report.failed}` +
      (report.failed > 0 ? ' (see: npx rapport outbox list --status failed)' : ''),
  );
  return report.failed > 0 ? 1 : 0;
}

export function outboxCommand(program: Command): void {
  const group = program
    .command('outbox')
    .description('Messages to clients: what is queued, sent or failed, and sending what is due')
    .addHelpText(
      'after',
      '\nExamples:\n  $ npx rapport outbox list --status failed\n  $ npx rapport outbox send',
    );
  group
    .command('list')
    .description('List messages in the outbox, newest first, with the error of each failed one')
    .addOption(
      new Option('--status <status>', 'only messages with this status').choices([...OUTBOX_STATUSES]),
    )
    .option('--limit <n>', 'at most this many (1–200, default 50)')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      `
Columns: when it was queued (UTC), the status (queued, sending, sent, failed, cancelled),
the tries so far, the recipient, the subject and the message id (for the API's
/api/v1/outbox/{id}). Retry, cancel or mark sent on the Outbox page or through the API.

Examples:
  $ npx rapport outbox list
  $ npx rapport outbox list --status failed --limit 200`,
    )
    .action((options: OutboxListOptions) =>
      withDatabase((db, io) => runOutboxList(db, options, io)).then(() => {}),
    );
  group
    .command('send')
    .description('Send every message that is due now through SMTP_URL, once, and print the counts')
    .addHelpText(
      'after',
      `
Needs SMTP_URL (smtp[s]://user:pass@host:port); MAIL_FROM sets the sender (default
"Rapport <rapport@localhost>"). A refused message waits and is tried again later (after
1, 2, 4 … 60 minutes, 8 tries in all), then is marked failed. "rapport serve" does this
by itself every few seconds; this command is for scripts and for checking a mail setup.
Exits 1 when a message failed for good.

Examples:
  $ npx rapport outbox send
  $ DATABASE_URL=postgres://rapport@db.internal/rapport npx rapport outbox send`,
    )
    .action(async () => {
      const config = readConfig();
      process.exitCode = await withDatabase((db, io) =>
        runOutboxSend(db, { smtpUrl: config.smtpUrl, from: config.mailFrom }, io),
      );
    });
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
