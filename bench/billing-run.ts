import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { type BenchDatabase, withFreshDatabase } from './lib/engines.ts';
import type { Figure } from './lib/figures.ts';
import type { Suite, SuiteContext } from './lib/suite.ts';
import { createBenchWorkspace } from './lib/workspace.ts';

const THROUGH = '2026-11-24';
const RATIO_AIM = 2;
const RSS_AIM_MB = 500;
/** PGlite runs a tenth of PostgreSQL's agreements (the issue: 1,000,000 and 100,000). */
const PGLITE_SHARE = 10;

/**
 * Issue 3: a billing run over N agreements against the limit measured in the same run —
 * a raw bulk insert of exactly the invoice and line rows the run produced (COPY on
 * PostgreSQL, multi-row INSERT on PGlite) into the same tables, with their indexes and
 * foreign keys.
 */
export const billingRun: Suite = {
  id: 'billing-run',
  title: 'Issue 3 — billing run',
  scale: { flag: 'agreements', default: 1_000_000 },
  about:
    'Agreements start on days spread over September to November 2026 (one to three periods due ' +
    `through ${THROUGH}); one in ten has a 25 % reduction, so some invoices have two lines. The run ` +
    'is the real `runBilling` (batches of 1,000 agreements, each one transaction: lock the invoice ' +
    'counter, read the agreements with their adjustments, credits and existing invoices, compute with ' +
    'the billing core, write invoices, lines and journal entries). The limit re-inserts exactly the ' +
    'invoice and line rows the run wrote, after deleting them: `COPY … FROM` a server-side file on ' +
    'PostgreSQL, multi-row INSERTs of 1,000 rows on PGlite. The run also writes the journal (one ' +
    'entry and two or three lines per invoice), which the limit does not. The run has a process of its ' +
    'own; peak RSS is that process’s high-water mark (on PGlite it includes the embedded database). ' +
    'PGlite runs a tenth of the agreements.',
  run(context: SuiteContext) {
    const agreements =
      context.engine.name === 'pglite' ? Math.ceil(context.scale / PGLITE_SHARE) : context.scale;
    return withFreshDatabase(context.engine, (bench) => measure(bench, context, agreements));
  },
};

async function measure(bench: BenchDatabase, context: SuiteContext, count: number) {
  const { log } = context;
  const workspace = await createBenchWorkspace(bench.database.db);
  const w = workspace.workspaceId;
  log(`seeding ${count.toLocaleString('en-US')} clients and agreements`);
  await bench.rawQuery(
    `insert into clients (workspace_id, id, name, since)
     select $1, gen_random_uuid(), 'Client ' || g, '2025-01-01' from generate_series(1, $2::int) g`,
    [w, count],
  );
  await bench.rawQuery(
    `insert into agreements (workspace_id, id, client_id, description, price_minor, interval, starts_on)
     select $1, gen_random_uuid(), id, 'Retainer', 5000 + (hashtext(id::text) & 1023),
            'month', date '2026-09-01' + (abs(hashtext(id::text)) % 85)
     from clients where workspace_id = $1`,
    [w],
  );
  await bench.rawQuery(
    `insert into adjustments (workspace_id, id, agreement_id, kind, from_period, terms)
     select workspace_id, gen_random_uuid(), id, 'reduction', 0, '{"periods": 3, "basisPoints": 2500}'::jsonb
     from agreements where workspace_id = $1 and abs(hashtext(id::text)) % 10 = 0`,
    [w],
  );
  await bench.rawQuery('analyze');

  log('billing run (in a child process, for its own peak RSS)');
  const { runMs, invoicesCreated, peakRssMb } = await bench.lend((target) => runInChild(target, w));

  log('limit: raw bulk insert of the same invoice and line rows');
  const limitMs = await rawReinsert(bench, context.engine.name, w);
  const [counts] = (await bench.rawQuery(
    `select (select count(*) from invoices)::int as invoices, (select count(*) from invoice_lines)::int as lines,
            (select count(*) from journal_lines)::int as journal_lines`,
  )) as { invoices: number; lines: number; journal_lines: number }[];

  const engine = context.engine.name;
  const perSecond = count / (runMs / 1000);
  const limitPerSecond = count / (limitMs / 1000);
  const rssMb = peakRssMb;
  const figures: Figure[] = [
    {
      engine,
      case: `billing run, ${count.toLocaleString('en-US')} agreements`,
      value: perSecond,
      unit: 'agreements/s',
      limit: { label: engine === 'postgres' ? 'COPY' : 'multi-row INSERT', value: limitPerSecond },
      ratio: runMs / limitMs,
      aim: `≤ ${RATIO_AIM}× the limit's time`,
      met: runMs / limitMs <= RATIO_AIM,
    },
    {
      engine,
      case: 'billing run peak RSS',
      value: rssMb,
      unit: 'MB',
      aim: `< ${RSS_AIM_MB} MB`,
      met: rssMb < RSS_AIM_MB,
      note: engine === 'pglite' ? 'the whole process, embedded database included' : 'the whole process',
    },
  ];
  const details = [
    `${engine === 'pglite' ? 'PGlite' : 'PostgreSQL'}: ${invoicesCreated.toLocaleString('en-US')} invoices, ` +
      `${counts?.lines.toLocaleString('en-US')} invoice lines and ${counts?.journal_lines.toLocaleString('en-US')} ` +
      `journal lines in ${(runMs / 1000).toFixed(1)} s; the limit wrote the invoices and lines in ` +
      `${(limitMs / 1000).toFixed(1)} s.`,
  ];
  return { figures, details };
}

/**
 * Deletes the invoices and lines the run wrote and inserts exactly the same rows again,
 * the plainest way each engine offers. Returns the insert's milliseconds.
 */
async function rawReinsert(bench: BenchDatabase, engine: 'pglite' | 'postgres', w: string): Promise<number> {
  if (engine === 'postgres') {
    const stamp = `${process.pid}_${Date.now()}`;
    const files = {
      invoices: `/tmp/rapport_bench_invoices_${stamp}.copy`,
      lines: `/tmp/rapport_bench_lines_${stamp}.copy`,
    };
    await bench.rawQuery(`copy (select * from invoices where workspace_id = '${w}') to '${files.invoices}'`);
    await bench.rawQuery(
      `copy (select * from invoice_lines where workspace_id = '${w}') to '${files.lines}'`,
    );
    await bench.rawQuery('delete from invoice_lines where workspace_id = $1', [w]);
    await bench.rawQuery('delete from invoices where workspace_id = $1', [w]);
    await bench.rawQuery('vacuum invoices, invoice_lines');
    const started = performance.now();
    await bench.rawQuery(`copy invoices from '${files.invoices}'`);
    await bench.rawQuery(`copy invoice_lines from '${files.lines}'`);
    const elapsed = performance.now() - started;
    for (const file of Object.values(files)) rmSync(file, { force: true });
    return elapsed;
  }
  const invoiceRows = (await bench.rawQuery('select * from invoices where workspace_id = $1', [w])) as Record<
    string,
    unknown
  >[];
  const lineRows = (await bench.rawQuery('select * from invoice_lines where workspace_id = $1', [
    w,
  ])) as Record<string, unknown>[];
  await bench.rawQuery('delete from invoice_lines where workspace_id = $1', [w]);
  await bench.rawQuery('delete from invoices where workspace_id = $1', [w]);
  const started = performance.now();
  await multiRowInsert(bench, 'invoices', invoiceRows);
  await multiRowInsert(bench, 'invoice_lines', lineRows);
  return performance.now() - started;
}

async function multiRowInsert(
  bench: BenchDatabase,
  table: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const BATCH = 1_000;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      const placeholders = columns.map((column) => {
        params.push(row[column]);
        return `$${params.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await bench.rawQuery(`insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`, params);
  }
}

/** Runs the billing run in its own Node process and reads back its figures. */
async function runInChild(target: string, workspaceId: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/billing-run/child.ts', target, workspaceId, THROUGH],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`the billing run's process exited with ${code}`);
  const last = output.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as { runMs: number; invoicesCreated: number; peakRssMb: number };
}
