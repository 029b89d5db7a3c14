import type { Database } from '../../src/db/connect.ts';
import { type LoadResult, runLoad } from '../lib/load.ts';
import { startBareServer, startRealServer } from '../lib/servers.ts';

export interface ThroughputResult {
  real: LoadResult;
  bare: LoadResult;
}

const CONNECTIONS = 10;
const WARM_UP_SECONDS = 2;

/**
 * GET /api/v1/clients/{id} on the real server against a bare route doing only the
 * primary-key lookup, on the same database, one after the other (never at once: they
 * would share the two cores).
 */
export async function compareClientReads(
  database: Database,
  workspaceId: string,
  token: string,
  clientIds: string[],
  durationSeconds: number,
): Promise<ThroughputResult> {
  const real = await startRealServer(database);
  const bare = await startBareServer(database, workspaceId);
  try {
    const drive = (baseUrl: string, prefix: string, seconds: number) =>
      runLoad({
        baseUrl,
        paths: clientIds.map((id) => `${prefix}/${id}`),
        headers: { authorization: `Bearer ${token}` },
        connections: CONNECTIONS,
        durationSeconds: seconds,
        seed: 11,
      });
    await drive(real.url, '/api/v1/clients', WARM_UP_SECONDS);
    await drive(bare.url, '/bare/clients', WARM_UP_SECONDS);
    const realResult = await drive(real.url, '/api/v1/clients', durationSeconds);
    const bareResult = await drive(bare.url, '/bare/clients', durationSeconds);
    for (const [label, result] of [
      ['real', realResult],
      ['bare', bareResult],
    ] as const) {
      if (result.errors || result.non2xx) {
        throw new Error(`${label} route: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
      }
    }
    return { real: realResult, bare: bareResult };
  } finally {
    await Promise.all([real.close(), bare.close()]);
  }
}
