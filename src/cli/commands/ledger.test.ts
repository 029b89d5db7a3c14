import { Command } from 'commander';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient } from '../../../test/support/factories.ts';
import { createTestDatabase } from '../../../test/support/test-database.ts';
import { systemActor } from '../../core/auth/actor.ts';
import type { Database } from '../../db/connect.ts';
import { agreements } from '../../db/schema/index.ts';
import { runBilling } from '../../features/billing-runs/run-billing.ts';
import { recordPayment } from '../../features/payments/record-payment.ts';
import { captureIO, setUpWorkspace } from '../cli-test-aids.ts';
import { ledgerCommand, runLedgerCheck } from './ledger.ts';

describe('rapport ledger check', () => {
  let database: Database;
  let workspaceId: string;
  const now = new Date('2026-11-23T10:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase();
    workspaceId = (await setUpWorkspace(database.db)).workspace.id;
  });
  afterAll(() => database.close());

  it('passes an empty ledger', async () => {
    const io = captureIO();
    expect(await runLedgerCheck(database.db, {}, io.io)).toBe(0);
    expect(io.out()).toBe('Ledger balanced: 0 entries, 0 clients\n');
  });

  it('counts entries and clients when balanced, and lists each problem with exit code 1 when not', async () => {
    const actor = systemActor(workspaceId, 'test');
    for (const priceMinor of [12_500, 9_900]) {
      const client = await insertClient(database.db, workspaceId);
      await database.db.insert(agreements).values({
        workspaceId,
        clientId: client.id,
        description: 'Retainer',
        priceMinor,
        interval: 'month',
        startsOn: '2026-10-01',
      });
      await runBilling(database.db, actor, { through: '2026-11-23' }, now);
      await recordPayment(
        database.db,
        actor,
        { clientId: client.id, amountMinor: 5_000, method: 'cash', receivedOn: '2026-11-20' },
        now,
      );
    }
    const healthy = captureIO();
    expect(await runLedgerCheck(database.db, { workspace: 'Harbor Studio' }, healthy.io)).toBe(0);
    // Two invoices and one payment for each client.
    expect(healthy.out()).toBe('Ledger balanced: 6 entries, 2 clients\n');

    await database.db.execute(
      sql`update journal_lines set credit_minor = credit_minor + 7 where account = 'revenue'`,
    );
    const broken = captureIO();
    expect(await runLedgerCheck(database.db, {}, broken.io)).toBe(1);
    expect(broken.out()).toMatch(/^unbalanced_entry: invoice [0-9a-f-]+: debits 12500 ≠ credits 12507$/m);
    expect(broken.out()).toMatch(/^sql_unbalanced_entry: /m);
    expect(broken.err()).toMatch(/Ledger check failed: \d+ problems in 6 entries/);
  });

  it('is registered as "ledger check" with help', () => {
    const program = new Command('rapport');
    ledgerCommand(program);
    const check = program.commands
      .find((c) => c.name() === 'ledger')
      ?.commands.find((c) => c.name() === 'check');
    expect(check?.helpInformation()).toMatch(/--workspace/);
  });
});
