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
 * primary-key lookup, on the same database. Never at once (they would share the two
 * cores), but in the order real, bare, bare, real, half the time each: on a machine
 * whose load drifts, neither side gets the quieter minutes.
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
    const drive = async (server: 'real' | 'bare', seconds: number) => {
      const [baseUrl, prefix] =
        server === 'real' ? [real.url, '/api/v1/clients'] : [bare.url, '/bare/clients'];
      const result = await runLoad({
        baseUrl,
        paths: clientIds.map((id) => `${prefix}/${id}`),
        headers: { authorization: `Bearer ${token}` },
        connections: CONNECTIONS,
        durationSeconds: seconds,
        seed: 11,
      });
      if (result.errors || result.non2xx) {
        throw new Error(`${server} route: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
      }
      return result;
    };
    await drive('real', WARM_UP_SECONDS);
    await drive('bare', WARM_UP_SECONDS);
    const half = Math.max(1, Math.round(durationSeconds / 2));
    const [real1, bare1, bare2, real2] = [
      await drive('real', half),
      await drive('bare', half),
      await drive('bare', half),
      await drive('real', half),
    ];
    return { real: combine(real1, real2), bare: combine(bare1, bare2) };
  } finally {
    await Promise.all([real.close(), bare.close()]);
  }
}

/** Two equally long runs as one: rates and percentiles averaged, counts added. */
function combine(a: LoadResult, b: LoadResult): LoadResult {
  const mean = (x: number, y: number) => (x + y) / 2;
  return {
    requestsPerSecond: mean(a.requestsPerSecond, b.requestsPerSecond),
    totalRequests: a.totalRequests + b.totalRequests,
    p50Ms: mean(a.p50Ms, b.p50Ms),
    p99Ms: mean(a.p99Ms, b.p99Ms),
    errors: a.errors + b.errors,
    non2xx: a.non2xx + b.non2xx,
  };
}
