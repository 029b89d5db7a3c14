import { seedDisruptionBoard } from './disruption-board/seed.ts';
import { type BenchDatabase, withFreshDatabase } from './lib/engines.ts';
import type { Figure } from './lib/figures.ts';
import { startRealServer } from './lib/servers.ts';
import { percentile, timed } from './lib/stats.ts';
import type { Suite, SuiteContext } from './lib/suite.ts';
import { createBenchWorkspace } from './lib/workspace.ts';

const CALLS = 40;
const WARM_UPS = 5;
const AIM_MS = 200;
const PAGE = 50;
/** Step filters: one in ten clients match the first; none match the second, so every client is judged. */
const FILTERS = [
  { query: 'step=contact&state=overdue', about: 'not contacted, 1 in 10' },
  { query: 'step=oversee&state=overdue', about: 'report sent back, none' },
] as const;

/** The limit: a bare count over the same affected-client rows, through the driver, no HTTP. */
const COUNT_LIMIT = `select count(*) from disruption_clients
  where workspace_id = $1 and disruption_id = $2 and removed_at is null`;

/** Issue 5: the board's figures and its first page over N affected clients, through the API. */
export const disruptionBoard: Suite = {
  id: 'disruption-board',
  title: 'Issue 5 — the disruption board',
  scale: { flag: 'board-clients', default: 10_000 },
  about:
    'A resolved disruption over N affected clients with every step’s data, seeded set-based: 90 % ' +
    'contacted (70 % within 24 h), a fifth with a stand-in and one or two reports each (accepted, ' +
    'waiting, sent back then accepted), three in ten with a callback (on time, late, overdue), four ' +
    'plan steps, meetings with three in ten, input from a fifth, two promises, a thank-you each (60 % ' +
    `done). \`GET /api/v1/disruptions/{id}/figures\` and \`GET …/board?limit=${PAGE}\` through the real ` +
    `server with an owner's API token, and the same page filtered by a step's state (\`${FILTERS[0].query}\`: ` +
    `${FILTERS[0].about}; \`${FILTERS[1].query}\`: ${FILTERS[1].about}, so every client's state is worked out), ` +
    `one request at a time, ${CALLS} calls after ${WARM_UPS} warm-ups. ` +
    'The limit is a bare `select count(*)` over the same affected-client rows through the driver ' +
    `(no HTTP, no other table); the aim is p95 under ${AIM_MS} ms.`,
  run: (context) => withFreshDatabase(context.engine, (bench) => measure(bench, context)),
};

async function measure(bench: BenchDatabase, context: SuiteContext) {
  const { log, scale } = context;
  const engine = context.engine.name;
  const workspace = await createBenchWorkspace(bench.database.db);
  log(`seeding a disruption over ${scale.toLocaleString('en-US')} affected clients`);
  const { ms: seedMs, result: seeded } = await timed(() =>
    seedDisruptionBoard(bench, workspace.workspaceId, scale),
  );
  log(`seeded in ${(seedMs / 1000).toFixed(1)} s`);

  const countMs: number[] = [];
  for (let i = 0; i < WARM_UPS; i++)
    await bench.rawQuery(COUNT_LIMIT, [workspace.workspaceId, seeded.disruptionId]);
  for (let i = 0; i < CALLS; i++) {
    countMs.push(
      (await timed(() => bench.rawQuery(COUNT_LIMIT, [workspace.workspaceId, seeded.disruptionId]))).ms,
    );
  }

  const server = await startRealServer(bench.database);
  const base = `${server.url}/api/v1/disruptions/${seeded.disruptionId}`;
  const headers = { authorization: `Bearer ${workspace.token}` };
  const get = async (url: string) => {
    const response = await fetch(url, { headers });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${body}`);
    return JSON.parse(body) as unknown;
  };
  const sample = async (url: string) => {
    for (let i = 0; i < WARM_UPS; i++) await get(url);
    const samples: number[] = [];
    for (let i = 0; i < CALLS; i++) samples.push((await timed(() => get(url))).ms);
    return samples;
  };
  let figuresMs: number[];
  let boardMs: number[];
  const filteredMs: number[][] = [];
  let figures: { clients: number; contact: { percentWithin24h: number }; thanks: { percentDone: number } };
  try {
    log('figures and the board’s first page through the API');
    figures = (await get(`${base}/figures`)) as typeof figures;
    if (figures.clients !== scale) throw new Error(`the figures counted ${figures.clients} clients`);
    figuresMs = await sample(`${base}/figures`);
    boardMs = await sample(`${base}/board?limit=${PAGE}`);
    for (const [i, filter] of FILTERS.entries()) {
      const url = `${base}/board?limit=${PAGE}&${filter.query}`;
      const { items } = (await get(url)) as { items: unknown[] };
      if (items.length !== (i === 0 ? PAGE : 0))
        throw new Error(`${filter.query} listed ${items.length} clients`);
      filteredMs.push(await sample(url));
    }
  } finally {
    await server.close();
  }

  const limit = { label: 'select count(*) of the rows, p50', value: percentile(countMs, 50) };
  const clients = `${scale.toLocaleString('en-US')} clients`;
  const aim = `p95 < ${AIM_MS} ms`;
  const result: Figure[] = [];
  const cases: [string, number[]][] = [
    [`figures (${clients})`, figuresMs],
    [`board first page of ${PAGE} (${clients})`, boardMs],
    ...FILTERS.map((filter, i): [string, number[]] => [
      `board first page of ${PAGE}, ${filter.about} (${clients})`,
      filteredMs[i] ?? [],
    ]),
  ];
  for (const [name, samples] of cases) {
    const p50 = percentile(samples, 50);
    const p95 = percentile(samples, 95);
    result.push(
      { engine, case: `${name} p50`, value: p50, unit: 'ms', limit, ratio: p50 / limit.value },
      { engine, case: `${name} p95`, value: p95, unit: 'ms', aim, met: p95 < AIM_MS },
    );
  }
  const details = [
    `${engine === 'pglite' ? 'PGlite' : 'PostgreSQL'}: seeded in ${(seedMs / 1000).toFixed(1)} s; the figures ` +
      `counted ${figures.clients.toLocaleString('en-US')} clients, ${figures.contact.percentWithin24h} % contacted ` +
      `within 24 h, ${figures.thanks.percentDone} % thanked.`,
  ];
  return { figures: result, details };
}
