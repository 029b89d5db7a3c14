import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-database.ts';
import type { Database, Db } from '../../db/connect.ts';
import { clients, users } from '../../db/schema/index.ts';
import { logInteraction } from '../../features/interactions/log-interaction.ts';
import { createUser } from '../../features/users/create-user.ts';
import { cliActor } from '../cli-actor.ts';
import { captureIO, setUpWorkspace, tempDir, tempFile } from '../cli-test-aids.ts';
import { runExport } from './export.ts';
import { runImportClients } from './import-clients.ts';

// Every awkward thing a client field can hold: quotes, commas, line breaks, formulas,
// a leading +, HTML, SQL, accents and emoji.
const AWKWARD_CSV = `Name,Kind,Company,Email,Phone,Address,Website,Status,Owner,Tags,Sells,Sells tags,Notes,Client since
"Anaïs ""Ana"" Dubois",person,"Dubois, Photo & Co",anais@dubois.example,'+33 1 23 45 67 89,"1 Rue de la Paix
75002 Paris",https://dubois.example,active,sam@example.com,vip; referral,Portraits 📷,photography,"<b>bold</b>'); DROP TABLE clients; --",2019-05-31
"'=HYPERLINK(""http://evil"";""x"")",business,,,,,,paused,,,,,'-2+3 is a formula too,2024-02-29
Plain Prospect,person,,,,,,prospect,olive@example.com,,,,,2026-01-10
`;

async function workspaceWithTeam(database: Database) {
  const { workspace } = await setUpWorkspace(database.db);
  await createUser(database.db, cliActor(workspace.id), {
    email: 'sam@example.com',
    name: 'Sam Rivera',
    role: 'staff',
    password: 'a long enough password',
  });
  return workspace;
}

/** Clients as a person would compare them: every field, owners by e-mail, no ids or clocks. */
async function clientsOf(db: Db) {
  const rows = await db
    .select({ client: clients, owner: users.email })
    .from(clients)
    .leftJoin(users, eq(users.id, clients.ownerUserId))
    .orderBy(asc(clients.id));
  return rows.map(({ client, owner }) => {
    const { id: _id, workspaceId: _w, ownerUserId: _o, createdAt: _c, updatedAt: _u, ...fields } = client;
    return { ...fields, owner };
  });
}

describe('rapport export', () => {
  let source: Database;
  let target: Database;

  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    const workspace = await workspaceWithTeam(source);
    await runImportClients(source.db, { file: tempFile('awkward.csv', AWKWARD_CSV) }, captureIO().io);
    const [client] = await source.db.select().from(clients).orderBy(asc(clients.id)).limit(1);
    await logInteraction(
      source.db,
      cliActor(workspace.id),
      client?.id as string,
      {
        channel: 'call',
        direction: 'inbound',
        summary: '=cmd|"/c calc"!A1 called back',
        body: 'Line one\nline two',
        occurredAt: new Date('2026-03-01T10:00:00Z'),
      },
      new Date('2026-03-02T10:00:00Z'),
    );
  });
  afterAll(() => Promise.all([source.close(), target.close()]));

  it('round-trips: clients exported and imported into a fresh workspace are the same clients', async () => {
    const file = join(tempDir(), 'clients.csv');
    const { io, err } = captureIO();
    await runExport(source.db, 'clients', { out: file }, io);
    expect(err()).toMatch(
      /^Exported the clients of Harbor Studio to .*clients\.csv \(\d+(\.\d)? (B|kB)\)\.\n$/,
    );

    await workspaceWithTeam(target);
    const imported = captureIO();
    await runImportClients(target.db, { file }, imported.io);
    expect(imported.out()).toContain('Imported 3 clients');
    const before = await clientsOf(source.db);
    expect(before).toHaveLength(3);
    expect(await clientsOf(target.db)).toEqual(before);
    expect(before[0]).toMatchObject({ phone: '+33 1 23 45 67 89', owner: 'sam@example.com' });
    expect(before[1]?.name).toBe('=HYPERLINK("http://evil";"x")');
  });

  it('streams to standard output by default, every formula cell guarded, with a BOM only when asked', async () => {
    const plain = captureIO();
    await runExport(source.db, 'clients', {}, plain.io);
    const lines = plain.out().split('\r\n');
    expect(lines[0]).toMatch(/^Name,Kind,Company,Email,Phone/);
    expect(plain.out()).toContain(`"'=HYPERLINK(""http://evil"";""x"")"`);
    // A line break inside a cell is quoted, or a spreadsheet would split the row there.
    expect(plain.out()).toContain('"1 Rue de la Paix\n75002 Paris"');
    expect(plain.out().charCodeAt(0)).not.toBe(0xfeff);

    const excel = captureIO();
    await runExport(source.db, 'clients', { bom: true }, excel.io);
    expect(excel.out().charCodeAt(0)).toBe(0xfeff);
  });

  it('exports interactions, oldest first, with the callback each opened', async () => {
    const { io, out } = captureIO();
    await runExport(source.db, 'interactions', {}, io);
    const [header, row] = out().split('\r\n');
    expect(header).toBe(
      'Occurred at,Client,Channel,Direction,Summary,Body,Logged by,Callback due at,Callback answered at,Client id,Id',
    );
    expect(row).toContain(
      `2026-03-01T10:00:00.000Z,"Anaïs ""Ana"" Dubois",call,inbound,"'=cmd|""/c calc""!A1 called back"`,
    );
    expect(row).toContain('"Line one\nline two",,2026-03-01T14:00:00.000Z,,');
  });

  it('leaves no file behind when the export fails', async () => {
    const file = join(tempDir(), 'missing-dir', 'clients.csv');
    await expect(runExport(source.db, 'clients', { out: file }, captureIO().io)).rejects.toThrow(/ENOENT/);
    expect(() => readFileSync(file)).toThrow();
  });
});
