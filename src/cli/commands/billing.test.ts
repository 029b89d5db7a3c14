import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient } from '../../../test/support/factories.ts';
import { createTestDatabase } from '../../../test/support/test-database.ts';
import type { Database } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { agreements } from '../../db/schema/index.ts';
import { captureIO, setUpWorkspace } from '../cli-test-aids.ts';
import { runBillingCommand } from './billing.ts';

describe('rapport billing run', () => {
  let database: Database;
  const invoices = async () =>
    (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from invoices`))[0]?.n ?? 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    const { workspace } = await setUpWorkspace(database.db);
    for (const [startsOn, priceMinor] of [
      ['2026-10-01', 12_500],
      ['2026-11-20', 9_900],
      ['2027-03-01', 5_000],
    ] as const) {
      const client = await insertClient(database.db, workspace.id);
      await database.db.insert(agreements).values({
        workspaceId: workspace.id,
        clientId: client.id,
        description: 'Retainer',
        priceMinor,
        interval: 'month',
        startsOn,
      });
    }
  });
  afterAll(() => database.close());

  it('refuses a malformed date and writes nothing', async () => {
    const io = captureIO();
    await expect(runBillingCommand(database.db, { through: '31/12/2026' }, io.io)).rejects.toThrow(
      /--through/,
    );
    expect(await invoices()).toBe(0);
  });

  it('bills what is due through the date, says what it did, and finds nothing left the second time', async () => {
    const first = captureIO();
    const now = new Date('2026-11-24T10:00:00Z');
    const run = await runBillingCommand(database.db, { through: '2026-12-31', now }, first.io);
    // Oct, Nov, Dec for the first; Nov 20 and Dec 20 for the second; nothing for March.
    expect(run.invoicesCreated).toBe(5);
    expect(first.out()).toContain('5 new invoices (573.00 USD) across 2 agreements');
    expect(await invoices()).toBe(5);

    const second = captureIO();
    await runBillingCommand(database.db, { through: '2026-12-31', now }, second.io);
    expect(second.out()).toContain('nothing to do');
    expect(await invoices()).toBe(5);
  });
});
