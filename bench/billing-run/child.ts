/**
 * Runs one billing run in a process of its own, so its peak RSS is the run's alone, and
 * prints `{ runMs, invoicesCreated, peakRssMb }` as its last line.
 * Usage: child.ts <dataDir | postgres://…> <workspaceId> <through>
 */
import { systemActor } from '../../src/core/auth/actor.ts';
import { openDatabase } from '../../src/db/connect.ts';
import { runBilling } from '../../src/features/billing-runs/run-billing.ts';

const [target = '', workspaceId = '', through = ''] = process.argv.slice(2);
const database = await openDatabase(target.startsWith('postgres') ? { url: target } : { dataDir: target });
const started = performance.now();
const run = await runBilling(database.db, systemActor(workspaceId, 'benchmark'), { through }, new Date());
const runMs = performance.now() - started;
await database.close();
// maxRSS is in kilobytes: the high-water mark of this process, sampled by the kernel.
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ runMs, invoicesCreated: run.invoicesCreated, peakRssMb }));
