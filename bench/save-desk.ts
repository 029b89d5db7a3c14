import { and, eq } from 'drizzle-orm';
import type { Actor } from '../src/core/auth/actor.ts';
import { agreements } from '../src/db/schema/index.ts';
import { previewPeriods } from '../src/features/agreements/preview-periods.ts';
import { loadBillingInputs } from '../src/features/billing-shared/billing-inputs.ts';
import { workspaceCurrency } from '../src/features/billing-shared/workspace-currency.ts';
import { getSaveFigures } from '../src/features/saves/get-save-figures.ts';
import { type BenchDatabase, withFreshDatabase } from './lib/engines.ts';
import type { Figure } from './lib/figures.ts';
import { startRealServer } from './lib/servers.ts';
import { percentile, timed } from './lib/stats.ts';
import type { Suite, SuiteContext } from './lib/suite.ts';
import { createBenchWorkspace } from './lib/workspace.ts';
import { seedSaveDesk } from './save-desk/seed.ts';

const FIGURES_CALLS = 20;
const CORE_PREVIEWS = 1_000;
const API_PREVIEWS = 200;
const NOW = new Date('2026-11-24T12:00:00Z');

/**
 * The limit for the figures: one aggregate statement over the same rows — cases grouped
 * by status and the offer kinds put to the client, and the paid invoices of the accepted
 * holidays' agreements — with none of the billing core's period arithmetic.
 */
const AGGREGATE_LIMIT = `
  with per_case as (
    select c.status, array_agg(distinct o.kind) filter (where o.status = 'accepted') as accepted,
           array_agg(distinct o.kind) filter (where o.status = 'declined' and not o.declined_with_outcome) as declined
    from save_cases c left join save_offers o on o.workspace_id = c.workspace_id and o.case_id = c.id
    where c.workspace_id = $1 group by c.id, c.status
  )
  select (select json_agg(g) from (select status, accepted, declined, count(*) as n from per_case
                                    group by status, accepted, declined) g) as groups,
         (select sum(i.paid_minor) from save_offers o
            join invoices i on i.workspace_id = o.workspace_id and i.agreement_id = o.agreement_id and i.status = 'paid'
          where o.workspace_id = $1 and o.kind = 'holiday' and o.status = 'accepted') as holiday_paid`;

/** Issue 4: the save desk's figures over N agreements (cases a tenth), and the 12-period preview. */
export const saveDesk: Suite = {
  id: 'save-desk',
  title: 'Issue 4 — save desk',
  scale: { flag: 'agreements', default: 100_000 },
  about:
    'N clients with one monthly agreement each; a tenth of them called: 40 % accepted a 3-period ' +
    'holiday (paid invoices through two of its three extension periods), 30 % a 25 % reduction, 10 % ' +
    'declined a holiday, 10 % only previewed one (declined when the case closed), 10 % still open. ' +
    'Figures: `getSaveFigures` (the real command: grouped case counts, the accepted holidays through ' +
    `the billing core, settlements, reductions), ${FIGURES_CALLS} calls after two warm-ups, ÷ one ` +
    'aggregate statement over the same rows (p50). Preview: an open-ended agreement with a holiday, a ' +
    `reduction and a price change; \`previewPeriods\` (the billing core's \`schedule\`) ${CORE_PREVIEWS.toLocaleString('en-US')} ` +
    `times, and \`GET /api/v1/agreements/{id}/preview\` through the real server ${API_PREVIEWS} times, one at a time.`,
  run: (context) => withFreshDatabase(context.engine, (bench) => measure(bench, context)),
};

async function measure(bench: BenchDatabase, context: SuiteContext) {
  const { log, scale } = context;
  const engine = context.engine.name;
  const db = bench.database.db;
  const workspace = await createBenchWorkspace(db);
  const w = workspace.workspaceId;
  log(
    `seeding ${scale.toLocaleString('en-US')} agreements and ${Math.floor(scale / 10).toLocaleString('en-US')} save cases`,
  );
  const { ms: seedMs, result: seeded } = await timed(() => seedSaveDesk(bench, w, scale));
  log(`seeded in ${(seedMs / 1000).toFixed(1)} s`);

  const actor: Actor = workspace.owner;
  const figures = () => getSaveFigures(db, actor, {}, NOW);
  const sample = await figures();
  await figures();
  const figureMs: number[] = [];
  for (let i = 0; i < FIGURES_CALLS; i++) figureMs.push((await timed(figures)).ms);
  await bench.rawQuery(AGGREGATE_LIMIT, [w]);
  const limitMs: number[] = [];
  for (let i = 0; i < FIGURES_CALLS; i++)
    limitMs.push((await timed(() => bench.rawQuery(AGGREGATE_LIMIT, [w]))).ms);

  log('preview: the core, then the API');
  const rows = await db
    .select()
    .from(agreements)
    .where(and(eq(agreements.workspaceId, w), eq(agreements.id, seeded.previewAgreementId)));
  const [inputs] = await loadBillingInputs(db, w, rows, await workspaceCurrency(db, w));
  if (inputs?.adjustments.length !== 3) throw new Error('the preview agreement is not seeded');
  const coreUs: number[] = [];
  for (let i = 0; i < CORE_PREVIEWS; i++) {
    const started = performance.now();
    previewPeriods(inputs, 0, 12);
    coreUs.push((performance.now() - started) * 1000);
  }
  const apiMs = await timeApiPreviews(bench, workspace.token, seeded.previewAgreementId);

  const holiday = sample.byOffer.find((offer) => offer.kind === 'holiday');
  const p50 = percentile(figureMs, 50);
  const limitP50 = percentile(limitMs, 50);
  const cases = `${seeded.cases.toLocaleString('en-US')} cases, ${scale.toLocaleString('en-US')} agreements`;
  const result: Figure[] = [
    {
      engine,
      case: `save figures p50 (${cases})`,
      value: p50,
      unit: 'ms',
      limit: { label: 'one aggregate query, p50', value: limitP50 },
      ratio: p50 / limitP50,
    },
    { engine, case: `save figures p95 (${cases})`, value: percentile(figureMs, 95), unit: 'ms' },
    {
      engine,
      case: '12-period preview, 3 adjustments, core (median)',
      value: percentile(coreUs, 50),
      unit: 'µs',
    },
    { engine, case: '12-period preview through the API (median)', value: percentile(apiMs, 50), unit: 'ms' },
  ];
  const details = [
    `${engine === 'pglite' ? 'PGlite' : 'PostgreSQL'}: seeded in ${(seedMs / 1000).toFixed(1)} s. The figures ` +
      `counted ${sample.cases.toLocaleString('en-US')} cases (save rate ${(sample.saveRateBasisPoints ?? 0) / 100} %); ` +
      `holidays offered in ${holiday?.offeredCases.toLocaleString('en-US')} decided cases, accepted in ` +
      `${holiday?.acceptedCases.toLocaleString('en-US')}; ${sample.deferred.holidays.toLocaleString('en-US')} holidays ` +
      `deferred ${sample.deferred.deferredMinor.toLocaleString('en-US')} and recovered ` +
      `${sample.deferred.recoveredMinor.toLocaleString('en-US')} (minor units), outstanding ` +
      `${sample.deferred.outstandingMinor.toLocaleString('en-US')}; ${sample.reductions.returnedToFullPrice.toLocaleString('en-US')} ` +
      'reductions back at full price.',
  ];
  return { figures: result, details };
}

/** Median-ready samples of the preview endpoint, one request at a time, after ten warm-ups. */
async function timeApiPreviews(bench: BenchDatabase, token: string, agreementId: string): Promise<number[]> {
  const server = await startRealServer(bench.database);
  const url = `${server.url}/api/v1/agreements/${agreementId}/preview`;
  const headers = { authorization: `Bearer ${token}` };
  const get = async () => {
    const response = await fetch(url, { headers });
    if (response.status !== 200)
      throw new Error(`preview answered ${response.status}: ${await response.text()}`);
    await response.json();
  };
  try {
    for (let i = 0; i < 10; i++) await get();
    const samples: number[] = [];
    for (let i = 0; i < API_PREVIEWS; i++) samples.push((await timed(get)).ms);
    return samples;
  } finally {
    await server.close();
  }
}
