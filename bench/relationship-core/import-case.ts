import type { BenchDatabase } from '../lib/engines.ts';
import type { BenchWorkspace } from '../lib/workspace.ts';

export type ImportOutcome = { ms: number; imported: number } | { missing: string };

/**
 * Imports the CSV text through the same function the CLI's `rapport import clients` uses.
 * TODO(bench): wire to src/features/imports/ once that code lands.
 */
export async function importCsv(
  _bench: BenchDatabase,
  _workspace: BenchWorkspace,
  _csv: string,
  _onProgress: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  return { missing: 'src/features/imports/ has no import function yet' };
}
