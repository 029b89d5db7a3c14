import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-database.ts';
import type { Database } from '../../db/connect.ts';
import { login } from '../../features/auth/sessions.ts';
import { buildApp } from '../../http/app.ts';
import { captureIO, OWNER, setUpWorkspace } from '../cli-test-aids.ts';
import { runCreateToken } from './token-create.ts';
import { runCreateUser } from './user-create.ts';

describe('rapport user create and rapport token create', () => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    await setUpWorkspace(database.db);
  });
  afterAll(() => database.close());

  it('creates a user who can sign in, printing a generated password once', async () => {
    const { io, out } = captureIO();
    const user = await runCreateUser(
      database.db,
      { email: 'Sam@Example.com', name: 'Sam Rivera', role: 'staff' },
      io,
    );
    expect(user).toMatchObject({ email: 'sam@example.com', role: 'staff' });
    const [created, passwordLine] = out().split('\n');
    expect(created).toBe('Created staff Sam Rivera <sam@example.com> in Harbor Studio.');
    const password = /^Password: (\S{20}) {2}\(shown only this once\)$/.exec(passwordLine ?? '')?.[1];
    expect(password).toBeDefined();
    await expect(login(database.db, 'sam@example.com', password as string)).resolves.toBeDefined();
  });

  it('takes "stand-in" as people write it, and a given password without printing it', async () => {
    const { io, out } = captureIO();
    const user = await runCreateUser(
      database.db,
      { email: 'jo@example.com', name: 'Jo Lee', role: 'stand-in', password: 'jo has a long password' },
      io,
    );
    expect(user.role).toBe('stand_in');
    expect(out()).toBe('Created stand-in Jo Lee <jo@example.com> in Harbor Studio.\n');
  });

  it('refuses a duplicate e-mail (in any case), a bad role and a short password', async () => {
    const io = captureIO().io;
    const create = (email: string, role: string, password?: string) =>
      runCreateUser(database.db, { email, name: 'Someone', role, password }, io);
    await expect(create('SAM@example.com', 'staff')).rejects.toThrow(
      'A user with this e-mail already exists',
    );
    await expect(create('new@example.com', 'boss')).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'Unknown role "boss"',
      details: [{ path: 'role', message: 'Use one of owner, staff, stand-in' }],
    });
    await expect(create('new@example.com', 'staff', 'short')).rejects.toMatchObject({
      details: [{ path: 'password', message: 'At least 10 characters' }],
    });
  });

  it('creates a token whose secret, printed alone, authenticates against the API', async () => {
    const { io, out, err } = captureIO();
    const created = await runCreateToken(
      database.db,
      { user: 'OLIVE@example.com', name: 'Nightly backup' },
      io,
    );
    expect(out()).toBe(`${created.token}\n`);
    expect(err()).toContain(`Created the API token "Nightly backup" for ${OWNER.email}`);
    expect(err()).toContain('shown only this once');

    const app = await buildApp({ database, webDir: '/nonexistent' });
    try {
      const me = await app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { authorization: `Bearer ${created.token}` },
      });
      expect(me.statusCode).toBe(200);
      expect(me.json().user.email).toBe(OWNER.email);
      const wrong = await app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { authorization: `Bearer ${created.token}x` },
      });
      expect(wrong.statusCode).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('refuses a token for an unknown user or with a bad expiry', async () => {
    const io = captureIO().io;
    await expect(runCreateToken(database.db, { user: 'nobody@example.com', name: 'x' }, io)).rejects.toThrow(
      'No active user has the e-mail nobody@example.com',
    );
    await expect(
      runCreateToken(database.db, { user: OWNER.email, name: 'x', expiresInDays: 'soon' }, io),
    ).rejects.toThrow('The input is not valid');
    const expiring = await runCreateToken(
      database.db,
      { user: OWNER.email, name: 'CI', expiresInDays: '90', now: new Date('2026-03-01T00:00:00Z') },
      io,
    );
    expect(expiring.expiresAt).toBe('2026-05-30T00:00:00.000Z');
  });
});
