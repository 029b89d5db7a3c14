import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/test-database.ts';
import { DEFAULT_RESPONSE_POLICY } from '../core/callbacks/response-policy.ts';
import type { Database } from '../db/connect.ts';
import { workspaces } from '../db/schema/index.ts';
import { resolveWorkspace } from './resolve-workspace.ts';

describe('the workspace a CLI command acts on', () => {
  let database: Database;
  const harbor = { id: uuidv7(), name: 'Harbor Studio' };
  const pine = { id: uuidv7(), name: 'Pine Consulting' };
  const add = (workspace: { id: string; name: string }) =>
    database.db.insert(workspaces).values({ ...workspace, responsePolicy: DEFAULT_RESPONSE_POLICY });

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('says how to make one when there is none', async () => {
    await expect(resolveWorkspace(database.db)).rejects.toMatchObject({
      code: 'not_found',
      message: 'There is no workspace yet',
    });
  });

  it('takes the only one without being told, and checks --workspace against it', async () => {
    await add(harbor);
    await expect(resolveWorkspace(database.db)).resolves.toEqual(harbor);
    await expect(resolveWorkspace(database.db, 'harbor studio')).resolves.toEqual(harbor);
    await expect(resolveWorkspace(database.db, 'Elsewhere')).rejects.toThrow(
      'There is no workspace "Elsewhere"',
    );
  });

  it('asks which one when there are several, listing them, and finds one by name or id', async () => {
    await add(pine);
    await expect(resolveWorkspace(database.db)).rejects.toMatchObject({
      message: 'This database has several workspaces; choose one with --workspace <name|id>',
      details: [
        { path: harbor.id, message: 'Harbor Studio' },
        { path: pine.id, message: 'Pine Consulting' },
      ],
    });
    await expect(resolveWorkspace(database.db, 'Pine Consulting')).resolves.toEqual(pine);
    await expect(resolveWorkspace(database.db, pine.id.toUpperCase())).resolves.toEqual(pine);
  });

  it('asks for the id when two workspaces share a name', async () => {
    await add({ id: uuidv7(), name: 'pine consulting' });
    await expect(resolveWorkspace(database.db, 'Pine Consulting')).rejects.toThrow(
      'Several workspaces are named "Pine Consulting"; give its id instead',
    );
  });
});
