import type { Command } from 'commander';
import { and, isNull, sql } from 'drizzle-orm';
import { AppError } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { users } from '../../db/schema/index.ts';
import { createApiToken } from '../../features/tokens/create-api-token.ts';
import type { CreatedTokenView } from '../../features/tokens/schemas.ts';
import { cliActor } from '../cli-actor.ts';
import { type CliIO, println } from '../cli-io.ts';
import { withDatabase } from '../open-database.ts';

export interface CreateTokenOptions {
  /** The e-mail of the user the token acts as (e-mails are unique, so it also names the workspace). */
  user: string;
  name: string;
  /** Leave out for a token that lasts until revoked. */
  expiresInDays?: string | number | undefined;
  now?: Date | undefined;
}

/**
 * Creates an API token for a user through the same command as the API. The secret goes
 * alone to `out`, so a script can capture it; it is shown this once and stored only as a hash.
 */
export async function runCreateToken(
  db: Db,
  options: CreateTokenOptions,
  io: CliIO,
): Promise<CreatedTokenView> {
  const [user] = await db
    .select({ id: users.id, email: users.email, workspaceId: users.workspaceId })
    .from(users)
    .where(and(sql`lower(${users.email}) = lower(${options.user.trim()})`, isNull(users.disabledAt)))
    .limit(1);
  if (!user) throw new AppError('not_found', `No active user has the e-mail ${options.user}`);
  const token = await createApiToken(
    db,
    cliActor(user.workspaceId),
    { name: options.name, expiresInDays: days(options.expiresInDays), userId: user.id },
    options.now,
  );
  println(io.out, token.token);
  const expiry = token.expiresAt ? `expires ${token.expiresAt.slice(0, 10)}` : 'no expiry';
  println(io.err, `Created the API token "${token.name}" for ${user.email} (${token.prefix}…, ${expiry}).`);
  println(io.err, 'It is shown only this once: store it now. Send it as "Authorization: Bearer <token>".');
  return token;
}

function days(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number)) {
    throw new AppError('invalid_input', 'The input is not valid', [
      { path: 'expiresInDays', message: `"${value}" is not a whole number of days` },
    ]);
  }
  return number;
}

export function tokenCommand(program: Command): void {
  const group = program
    .command('token')
    .description('Manage API tokens for scripts (Authorization: Bearer)')
    .addHelpText(
      'after',
      '\nExample:\n  $ npx rapport token create --user olive@example.com --name "Nightly backup"',
    );
  group
    .command('create')
    .description('Create an API token for a user and print its secret, once, on standard output')
    .requiredOption('--user <email>', 'the user the token acts as, with their permissions')
    .requiredOption('--name <name>', 'what the token is for, as the token list shows it')
    .option('--expires-in-days <days>', 'make it expire after this many days (1 to 3650); default: never')
    .addHelpText(
      'after',
      `
Examples:
  $ npx rapport token create --user olive@example.com --name "Nightly backup"
  $ TOKEN=$(npx rapport token create --user olive@example.com --name CI --expires-in-days 90)
  $ curl -H "Authorization: Bearer $TOKEN" http://localhost:3000/api/v1/clients`,
    )
    .action((options: CreateTokenOptions) =>
      withDatabase((db, io) => runCreateToken(db, options, io)).then(() => {}),
    );
}
