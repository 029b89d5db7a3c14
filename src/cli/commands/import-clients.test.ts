import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Database } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { clients } from '../../db/schema/index.ts';
import { createUser } from '../../features/users/create-user.ts';
import { cliActor } from '../cli-actor.ts';
import { captureIO, setUpWorkspace, tempFile } from '../cli-test-aids.ts';
import { runImportClients } from './import-clients.ts';

async function clientCount(database: Database): Promise<number> {
  const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from clients`);
  return row?.n ?? 0;
}

/** The refusal a failing import throws, for its message and details. */
async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('rapport import clients', () => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    const { workspace } = await setUpWorkspace(database.db);
    await createUser(database.db, cliActor(workspace.id), {
      email: 'sam@example.com',
      name: 'Sam Rivera',
      role: 'staff',
      password: 'a long enough password',
    });
  });
  afterAll(() => database.close());

  it('imports a good file, with its owners and tags, and prints a summary', async () => {
    const file = tempFile(
      'good.csv',
      'Name,Kind,Email,Owner,Tags,Client since\n' +
        'Bright Loaf Bakery,business,maya@bright.example,sam@example.com,vip; local,2021-03-01\n' +
        'Marcus Bell,person,marcus@bell.example,,,\n',
    );
    const { io, out } = captureIO();
    const result = await runImportClients(database.db, { file, now: new Date('2026-03-02T10:00:00Z') }, io);

    expect(result).toMatchObject({ rows: 2, imported: 2, skipped: 0 });
    expect(out()).toMatch(/^Imported 2 clients into Harbor Studio from good\.csv in \d+\.\d s\.\n$/);
    const rows = await database.db.select().from(clients).orderBy(asc(clients.id));
    expect(rows.map((row) => [row.name, row.kind, row.tags, row.since])).toEqual([
      ['Bright Loaf Bakery', 'business', ['vip', 'local'], '2021-03-01'],
      ['Marcus Bell', 'person', [], '2026-03-02'],
    ]);
    const [audit] = await queryRows<{ label: string }>(
      database.db,
      sql`select actor_label as label from audit_log where action = 'client.create' limit 1`,
    );
    expect(audit?.label).toMatch(/^CLI \(/);
  });

  it('refuses a file with a bad row, naming its line, and writes none of the good rows', async () => {
    const before = await clientCount(database);
    const file = tempFile(
      'bad.csv',
      'Name,Email,Status\nFirst Good,first@good.example,active\nSecond Good,second@good.example,paused\n' +
        'Bad Row,not-an-email,active\nThird Good,third@good.example,lead\n',
    );
    const error = await refusal(runImportClients(database.db, { file }, captureIO().io));

    expect(error.message).toBe('1 row of 4 is not valid; nothing was imported');
    expect(error.details).toEqual([{ path: 'line 4', message: 'email: Invalid email address' }]);
    expect(await clientCount(database)).toBe(before);
  });

  it('with --skip-invalid imports the good rows and lists the bad ones; --dry-run writes nothing', async () => {
    const file = tempFile('mixed.csv', 'Name,Email\nKeep Me,keep@me.example\n,nameless@me.example\n');
    const dry = captureIO();
    await runImportClients(database.db, { file, skipInvalid: true, dryRun: true }, dry.io);
    expect(dry.out()).toContain('1 client would be imported into Harbor Studio; nothing was written');
    expect(dry.out()).toContain('  line 3: name: is required');
    const before = await clientCount(database);

    const real = captureIO();
    await runImportClients(database.db, { file, skipInvalid: true }, real.io);
    expect(real.out()).toContain('Imported 1 client');
    expect(real.out()).toContain('1 invalid row was skipped:\n  line 3: name: is required');
    expect(await clientCount(database)).toBe(before + 1);
  });

  it('draws a progress bar on a terminal, and only there', async () => {
    const file = tempFile('progress.csv', 'Name\nProgress One\nProgress Two\n');
    const terminal = captureIO(true);
    await runImportClients(database.db, { file }, terminal.io);
    expect(terminal.err()).toMatch(/Checking .*\| 31 B of 31 B/);
    expect(terminal.err()).toMatch(/Importing .*\| 2 of 2/);
    const piped = captureIO(false);
    await runImportClients(database.db, { file: tempFile('p.csv', 'Name\nProgress Three\n') }, piped.io);
    expect(piped.err()).toBe('');
  });

  describe('hostile input', () => {
    it('stores HTML and SQL in fields as plain text', async () => {
      const name = `<script>alert("x")</script> Robert'); DROP TABLE clients; --`;
      const file = tempFile(
        'hostile.csv',
        `Name,Notes\n"${name.replaceAll('"', '""')}",<img src=x onerror=alert(1)>\n`,
      );
      await runImportClients(database.db, { file }, captureIO().io);
      const [row] = await queryRows<{ name: string; notes: string }>(
        database.db,
        sql`select name, notes from clients where name like '<script>%'`,
      );
      expect(row).toEqual({ name, notes: '<img src=x onerror=alert(1)>' });
    });

    it('refuses a 1 MB cell in a client field by its line, and copes with one in an ignored column', async () => {
      const huge = 'x'.repeat(1024 * 1024);
      const before = await clientCount(database);
      const refused = await refusal(
        runImportClients(
          database.db,
          { file: tempFile('huge.csv', `Name,Notes\nHuge Notes,${huge}\n`) },
          captureIO().io,
        ),
      );
      expect(refused.details).toEqual([
        { path: 'line 2', message: expect.stringMatching(/^notes: Too big/) },
      ]);
      expect(await clientCount(database)).toBe(before);

      const file = tempFile('huge-ignored.csv', `Name,Scratch\nHuge Ignored,${huge}\n`);
      await runImportClients(database.db, { file }, captureIO().io);
      expect(await clientCount(database)).toBe(before + 1);
    });

    it.each([
      ['Latin-1', Buffer.from('Name\nJos\xe9 Garc\xeda\n', 'latin1')],
      ['UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\nAda\n', 'utf16le')])],
      ['binary', Buffer.from([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x00, 0x01, 0xc3, 0x28])],
    ])('refuses a %s file clearly and writes nothing', async (_kind, bytes) => {
      const before = await clientCount(database);
      const error = await refusal(
        runImportClients(database.db, { file: tempFile('x.csv', bytes) }, captureIO().io),
      );
      expect(error.message).toBe('The file is not UTF-8 text');
      expect(error.details[0]?.message).toContain('CSV UTF-8');
      expect(await clientCount(database)).toBe(before);
    });

    it('says plainly when the file is missing, a folder, or empty', async () => {
      const io = captureIO().io;
      await expect(runImportClients(database.db, { file: '/nonexistent/x.csv' }, io)).rejects.toThrow(
        'Cannot read /nonexistent/x.csv: there is no such file',
      );
      await expect(runImportClients(database.db, { file: '/tmp' }, io)).rejects.toThrow('it is not a file');
      await expect(runImportClients(database.db, { file: tempFile('e.csv', '') }, io)).rejects.toThrow(
        'The file is empty',
      );
    });
  });
});
