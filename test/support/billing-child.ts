/**
 * Runs a billing run in a separate process, slowly, printing a line per batch, so a test
 * can kill it with SIGKILL half-way. Usage: billing-child.ts <dataDir | postgres://…> <workspaceId> <through>
 */
import { systemActor } from '../../src/core/auth/actor.ts';
import { openDatabase } from '../../src/db/connect.ts';
import { runBilling } from '../../src/features/billing-runs/run-billing.ts';

const [target = '', workspaceId = '', through = ''] = process.argv.slice(2);
const database = await openDatabase(target.startsWith('postgres') ? { url: target } : { dataDir: target });
const pause = new Int32Array(new SharedArrayBuffer(4));
await runBilling(
  database.db,
  systemActor(workspaceId, 'crash test'),
  {
    through,
    batchSize: 5,
    onProgress: (progress) => {
      process.stdout.write(`batch ${progress.agreementsDone}\n`);
      // Block between batches so the parent's kill lands mid-run, not after the end.
      Atomics.wait(pause, 0, 0, 150);
    },
  },
  new Date(`${through}T12:00:00Z`),
);
await database.close();
process.stdout.write('done\n');
