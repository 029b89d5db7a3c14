import { sql } from 'drizzle-orm';
import { queryRows } from '../src/db/query-rows.ts';
import { type BenchClient, clientsCsv, generateClients } from './lib/client-data.ts';
import { withFreshDatabase } from './lib/engines.ts';
import type { Figure } from './lib/figures.ts';
import { rawInsertClients } from './lib/raw-insert.ts';
import { startRealServer } from './lib/servers.ts';
import { percentile, timed } from './lib/stats.ts';
import type { Suite } from './lib/suite.ts';
import { createBenchWorkspace } from './lib/workspace.ts';
import { importCsv } from './relationship-core/import-case.ts';
import { searchBreakdown, timeSearches } from './relationship-core/search-case.ts';
import { searchQueries } from './relationship-core/search-queries.ts';
import { compareClientReads } from './relationship-core/throughput-case.ts';

const SEARCH_P95_AIM_MS = { pglite: 50, postgres: 20 };

/**
 * The clients and their CSV. Seeded, so every engine gets the same rows; made again for
 * each rather than kept, so nothing stays in memory for the suites that follow.
 */
function dataset(count: number): { clients: BenchClient[]; csv: string } {
  const clients = generateClients(count);
  return { clients, csv: clientsCsv(clients) };
}

/** Issue 2: CSV import, client search and client reads over the API, at N clients. */
export const relationshipCore: Suite = {
  id: 'relationship-core',
  title: 'Issue 2 — relationship core',
  scale: { flag: 'clients', default: 100_000 },
  about:
    'Ratio = figure ÷ limit. Import: rows/s of the real import (parse, check every row, insert with an ' +
    'audit row each, then tidy the search index) ÷ a raw multi-row INSERT of the same rows into the same table. Search: ' +
    'the time from request to parsed reply of `GET /api/v1/clients?q=…`, one query at a time, as one ' +
    'person typing. Reads: `GET /api/v1/clients/{id}` (auth, visibility, relationship summary, response ' +
    'schema) ÷ a bare Fastify route doing only the primary-key lookup, same database, same run; ' +
    '10 connections, in the order real, bare, bare, real so neither gets the quieter minutes.',
  async run(context) {
    const { engine, options, scale, log } = context;
    const { clients, csv } = dataset(scale);
    const figures: Figure[] = [];
    const details: string[] = [];
    const base = { engine: engine.name };

    const rawRate = await withFreshDatabase(engine, async (bench) => {
      const workspace = await createBenchWorkspace(bench.database.db);
      const { ms } = await timed(() =>
        rawInsertClients(bench, workspace.workspaceId, workspace.owner.userId, clients),
      );
      log(`raw insert: ${clients.length} rows in ${(ms / 1000).toFixed(1)} s`);
      return clients.length / (ms / 1000);
    });

    await withFreshDatabase(engine, async (bench) => {
      const workspace = await createBenchWorkspace(bench.database.db);
      let lastShown = 0;
      const outcome = await importCsv(bench, workspace, csv, (done, total) => {
        if (done - lastShown >= total / 10 || done === total) {
          lastShown = done;
          log(`import: ${done} / ${total}`);
        }
      });
      const rate = outcome.imported / (outcome.ms / 1000);
      log(`import: ${outcome.imported} rows in ${(outcome.ms / 1000).toFixed(1)} s`);
      figures.push({
        ...base,
        case: `CSV import (${outcome.imported.toLocaleString('en-US')} rows)`,
        value: rate,
        unit: 'rows/s',
        limit: { label: 'raw multi-row INSERT', value: rawRate },
        ratio: rate / rawRate,
        aim: '≥ 0.50× (within 2× of raw)',
        met: rate / rawRate >= 0.5,
      });
      const server = await startRealServer(bench.database);
      const timings = await timeSearches(server.url, workspace.token, searchQueries(clients)).finally(() =>
        server.close(),
      );
      const aimMs = SEARCH_P95_AIM_MS[engine.name];
      figures.push(
        {
          ...base,
          case: `Search p50 (${timings.all.length} queries)`,
          value: percentile(timings.all, 50),
          unit: 'ms',
        },
        {
          ...base,
          case: `Search p95 (${timings.all.length} queries)`,
          value: percentile(timings.all, 95),
          unit: 'ms',
          aim: `< ${aimMs} ms`,
          met: percentile(timings.all, 95) < aimMs,
        },
      );
      details.push(searchBreakdown(engine.name === 'pglite' ? 'PGlite' : 'PostgreSQL', timings));
      log(
        `search: p50 ${percentile(timings.all, 50).toFixed(1)} ms, p95 ${percentile(timings.all, 95).toFixed(1)} ms`,
      );

      const ids = await queryRows<{ id: string }>(
        bench.database.db,
        sql`select id from clients where workspace_id = ${workspace.workspaceId} order by random() limit 1000`,
      );
      const { real, bare } = await compareClientReads(
        bench.database,
        workspace.workspaceId,
        workspace.token,
        ids.map((row) => row.id),
        options.duration,
      );
      const rateRatio = real.requestsPerSecond / bare.requestsPerSecond;
      figures.push(
        {
          ...base,
          case: 'GET /api/v1/clients/{id} throughput',
          value: real.requestsPerSecond,
          unit: 'req/s',
          limit: { label: 'bare Fastify PK lookup', value: bare.requestsPerSecond },
          ratio: rateRatio,
          aim: '≥ 0.50×',
          met: rateRatio >= 0.5,
        },
        {
          ...base,
          case: 'GET /api/v1/clients/{id} p99',
          value: real.p99Ms,
          unit: 'ms',
          limit: { label: 'bare Fastify PK lookup', value: bare.p99Ms },
          ratio: real.p99Ms / bare.p99Ms,
        },
      );
      log(
        `reads: real ${real.requestsPerSecond.toFixed(0)} req/s p99 ${real.p99Ms} ms; bare ${bare.requestsPerSecond.toFixed(0)} req/s p99 ${bare.p99Ms} ms`,
      );
    });
    return { figures, details };
  },
};
