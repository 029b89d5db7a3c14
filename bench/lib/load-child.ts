// Runs autocannon in its own process, so the load generator never shares an event loop
// (or, with PGlite, a WASM database) with the server it measures.
import autocannon from 'autocannon';
import type { LoadRequest, LoadResult } from './load.ts';
import { seededRandom } from './stats.ts';

process.once('message', async (request: LoadRequest) => {
  const random = seededRandom(request.seed);
  const result = await autocannon({
    url: request.baseUrl,
    connections: request.connections,
    duration: request.durationSeconds,
    headers: request.headers,
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => ({
          ...req,
          path: request.paths[Math.floor(random() * request.paths.length)] as string,
        }),
      },
    ],
  });
  const answer: LoadResult = {
    requestsPerSecond: result.requests.average,
    totalRequests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
  process.send?.(answer, () => process.exit(0));
});
