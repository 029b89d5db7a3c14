import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient } from '../../../test/support/factories.ts';
import { createTestDatabase } from '../../../test/support/test-database.ts';
import type { Database } from '../../db/connect.ts';
import { saveCases } from '../../db/schema/index.ts';
import { captureIO, setUpWorkspace } from '../cli-test-aids.ts';
import { runSavesList } from './saves.ts';

describe('rapport saves list', () => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    const { workspace } = await setUpWorkspace(database.db);
    const ada = await insertClient(database.db, workspace.id, { name: 'Ada Fielding' });
    const ben = await insertClient(database.db, workspace.id, { name: 'Ben Okafor' });
    await database.db.insert(saveCases).values([
      {
        workspaceId: workspace.id,
        clientId: ada.id,
        takenByLabel: 'Olive Owner',
        calledAt: new Date('2026-11-20T10:00:00Z'),
        reason: 'cant_afford',
      },
      {
        workspaceId: workspace.id,
        clientId: ben.id,
        takenByLabel: 'Olive Owner',
        calledAt: new Date('2026-11-22T10:00:00Z'),
        reason: 'switching_provider',
        status: 'cancelled',
        outcomeAt: new Date('2026-11-22T11:00:00Z'),
      },
    ]);
  });
  afterAll(() => database.close());

  it('lists cases latest first in aligned columns, and filters by status', async () => {
    const all = captureIO();
    await runSavesList(database.db, {}, all.io);
    const lines = all.out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^called\s+status\s+client\s+reason\s+accepted\s+case$/);
    expect(lines[1]).toMatch(
      /^2026-11-22 {2}cancelled {2}Ben Okafor {4}Switching provider {2}— {9}[0-9a-f-]{36}$/,
    );
    expect(lines[2]).toMatch(/^2026-11-20 {2}open {7}Ada Fielding {2}Can’t afford it {5}— {9}[0-9a-f-]{36}$/);
    expect(all.err()).toContain('2 save cases');

    const open = captureIO();
    const items = await runSavesList(database.db, { status: 'open' }, open.io);
    expect(items.map((item) => item.client.name)).toEqual(['Ada Fielding']);
    const none = captureIO();
    await runSavesList(database.db, { status: 'paused' }, none.io);
    expect(none.out()).toBe('No paused save cases.\n');
  });

  it('refuses a bad status or limit', async () => {
    await expect(runSavesList(database.db, { status: 'won' }, captureIO().io)).rejects.toThrow(/--status/);
    await expect(runSavesList(database.db, { limit: '0' }, captureIO().io)).rejects.toThrow(/--limit/);
  });
});
