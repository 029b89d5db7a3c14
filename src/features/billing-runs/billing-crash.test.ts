import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insertClient } from '../../../test/support/factories.ts';
import { createSharedTestDatabase } from '../../../test/support/test-database.ts';
import { systemActor } from '../../core/auth/actor.ts';
import { openDatabase, PGLITE_EXTENSIONS, wrapPglite } from '../../db/connect.ts';
import { migrate } from '../../db/migrate.ts';
import { queryRows } from '../../db/query-rows.ts';
import { agreements } from '../../db/schema/index.ts';
import { setupWorkspace } from '../auth/setup-workspace.ts';
import { runBilling } from './run-billing.ts';

const AGREEMENTS = 60;
const THROUGH = '2026-11-23';
// Monthly from 2026-09-15: periods start Sep 15, Oct 15 and Nov 15 by the 23rd.
const EXPECTED = AGREEMENTS * 3;

/** Starts a billing run in another process and kills it with SIGKILL after `batches` batches. */
async function killMidRun(target: string, workspaceId: string, batches: number): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/support/billing-child.ts', target, workspaceId, THROUGH],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  let seen = 0;
  for await (const line of createInterface({ input: child.stdout })) {
    if (line === 'done') throw new Error('the run finished before it could be killed');
    if (line.startsWith('batch') && ++seen === batches) {
      child.kill('SIGKILL');
      break;
    }
  }
  expect(await exited).toBe('SIGKILL');
}

describe('a billing run killed half-way', () => {
  it('leaves whole batches behind, and a re-run ends with exactly the right invoices', async () => {
    const shared = await createSharedTestDatabase();
    try {
      let database = await openDatabase(
        shared.target.startsWith('postgres') ? { url: shared.target } : { dataDir: shared.target },
      );
      const { workspace } = await setupWorkspace(database.db, {
        workspaceName: 'Crash Studio',
        ownerName: 'Owner',
        email: 'crash-owner@example.com',
        password: 'a long enough password',
      });
      for (let i = 0; i < AGREEMENTS; i++) {
        const client = await insertClient(database.db, workspace.id);
        await database.db.insert(agreements).values({
          workspaceId: workspace.id,
          clientId: client.id,
          description: 'Retainer',
          priceMinor: 5_000 + i,
          interval: 'month',
          startsOn: '2026-09-15',
        });
      }
      // PGlite has one writer per directory: hand it to the child, take it back after.
      await database.close();

      await killMidRun(shared.target, workspace.id, 3);

      database = await openDatabase(
        shared.target.startsWith('postgres') ? { url: shared.target } : { dataDir: shared.target },
      );
      const invoiceCount = async () =>
        (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from invoices`))[0]?.n ??
        0;
      const partial = await invoiceCount();
      expect(partial).toBeGreaterThan(0);
      expect(partial).toBeLessThan(EXPECTED);
      expect(partial % 3).toBe(0); // whole agreements only: a batch commits or vanishes

      const rerun = await runBilling(
        database.db,
        systemActor(workspace.id),
        { through: THROUGH },
        new Date(`${THROUGH}T12:00:00Z`),
      );
      expect(rerun.invoicesCreated).toBe(EXPECTED - partial);
      expect(await invoiceCount()).toBe(EXPECTED);
      const numbers = await queryRows<{ number: number }>(
        database.db,
        sql`select number from invoices order by number`,
      );
      expect(numbers.map((row) => row.number)).toEqual(numbers.map((_, i) => i + 1));
      const journal = await queryRows<{ debits: string; credits: string; entries: number }>(
        database.db,
        sql`select sum(debit_minor) as debits, sum(credit_minor) as credits,
              (select count(*)::int from journal_entries where source_kind = 'invoice') as entries from journal_lines`,
      );
      expect(journal[0]?.debits).toBe(journal[0]?.credits);
      expect(journal[0]?.entries).toBe(EXPECTED);
      const runs = await queryRows<{ status: string }>(
        database.db,
        sql`select status from billing_runs order by id`,
      );
      expect(runs.map((run) => run.status)).toEqual(['running', 'finished']);
      await database.close();
    } finally {
      await shared.drop();
    }
  }, 120_000);
});

describe.runIf(process.env.RAPPORT_TEST_DB !== 'postgres')('a brand-new PGlite database', () => {
  // `npm start` on an empty ./data migrates after PGlite has loaded its type list, so the
  // enum types the migrations create are new to it; the test template hides that.
  it('bills on its very first run', async () => {
    const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
    const database = wrapPglite(client);
    try {
      await migrate(database.db);
      const { workspace } = await setupWorkspace(database.db, {
        workspaceName: 'First Day',
        ownerName: 'Owner',
        email: 'first-day@example.com',
        password: 'a long enough password',
      });
      const customer = await insertClient(database.db, workspace.id);
      await database.db.insert(agreements).values({
        workspaceId: workspace.id,
        clientId: customer.id,
        description: 'Retainer',
        priceMinor: 9_900,
        interval: 'month',
        startsOn: '2026-10-01',
      });
      const run = await runBilling(
        database.db,
        systemActor(workspace.id),
        { through: THROUGH },
        new Date(`${THROUGH}T12:00:00Z`),
      );
      expect(run.invoicesCreated).toBe(2);
    } finally {
      await database.close();
    }
  }, 60_000);
});
