import { importClients } from '../../src/features/imports/import-clients.ts';
import { readCsvRecords } from '../../src/features/imports/read-csv-records.ts';
import type { BenchDatabase } from '../lib/engines.ts';
import { timed } from '../lib/stats.ts';
import type { BenchWorkspace } from '../lib/workspace.ts';

export interface ImportOutcome {
  ms: number;
  imported: number;
}

/**
 * Imports the CSV text through the same path `POST /api/v1/imports/clients` takes (read
 * the records, check every row, write in batches with audit rows), timed from the first
 * byte of text to the last batch committed.
 */
export async function importCsv(
  bench: BenchDatabase,
  workspace: BenchWorkspace,
  csv: string,
  onProgress: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  const { result, ms } = await timed(() =>
    importClients(bench.database.db, workspace.owner, readCsvRecords([csv]), { onProgress }),
  );
  if (result.skipped > 0) {
    const first = result.errors[0];
    throw new Error(
      `import refused ${result.skipped} rows, e.g. line ${first?.line}: ${first?.field} ${first?.message}`,
    );
  }
  return { ms, imported: result.imported };
}
