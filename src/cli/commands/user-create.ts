import type { Command } from 'commander';
import { Option } from 'commander';
import { ROLES, type Role } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { createUser } from '../../features/users/create-user.ts';
import type { UserListView } from '../../features/users/schemas.ts';
import { cliActor } from '../cli-actor.ts';
import { type CliIO, println } from '../cli-io.ts';
import { generatePassword } from '../generate-password.ts';
import { withDatabase } from '../open-database.ts';
import { resolveWorkspace } from '../resolve-workspace.ts';
import { workspaceOption } from './workspace-option.ts';

/** Roles as people type them: "stand-in" on the command line is `stand_in` inside. */
const ROLE_WORDS = ROLES.map((role) => role.replace('_', '-'));

export interface CreateUserOptions {
  email: string;
  name: string;
  /** owner, staff or stand-in. */
  role: string;
  /** Leave out to have one generated and printed once. */
  password?: string | undefined;
  workspace?: string | undefined;
}

/** Adds a user through the same command as the API, which checks the e-mail, the name and the password. */
export async function runCreateUser(db: Db, options: CreateUserOptions, io: CliIO): Promise<UserListView> {
  const role = parseRole(options.role);
  const workspace = await resolveWorkspace(db, options.workspace);
  const password = options.password ?? generatePassword();
  const user = await createUser(db, cliActor(workspace.id), {
    email: options.email,
    name: options.name,
    role,
    password,
  });
  println(io.out, `Created ${role.replace('_', '-')} ${user.name} <${user.email}> in ${workspace.name}.`);
  if (options.password === undefined) println(io.out, `Password: ${password}  (shown only this once)`);
  return user;
}

function parseRole(word: string): Role {
  const role = word.trim().toLowerCase().replace('-', '_');
  if ((ROLES as readonly string[]).includes(role)) return role as Role;
  throw new AppError('invalid_input', `Unknown role "${word}"`, [
    { path: 'role', message: `Use one of ${ROLE_WORDS.join(', ')}` },
  ]);
}

export function userCommand(program: Command): void {
  const group = program
    .command('user')
    .description('Manage the users who sign in to a workspace')
    .addHelpText(
      'after',
      '\nExample:\n  $ npx rapport user create --email sam@example.com --name "Sam Rivera" --role staff',
    );
  group
    .command('create')
    .description('Add a user to the workspace; without --password one is generated and printed once')
    .requiredOption('--email <email>', 'their e-mail address, used to sign in (unique across the deployment)')
    .requiredOption('--name <name>', 'their full name, as the team sees it')
    .addOption(
      new Option(
        '--role <role>',
        'owner (everything), staff (day-to-day work) or stand-in (assigned clients only)',
      )
        .choices(ROLE_WORDS)
        .makeOptionMandatory(),
    )
    .option(
      '--password <password>',
      'at least 10 characters (it stays in your shell history: prefer leaving it out)',
    )
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      `
Examples:
  $ npx rapport user create --email sam@example.com --name "Sam Rivera" --role staff
  $ npx rapport user create --email jo@example.com --name "Jo Lee" --role stand-in --workspace "Harbor Studio"`,
    )
    .action((options: CreateUserOptions) =>
      withDatabase((db, io) => runCreateUser(db, options, io)).then(() => {}),
    );
}
