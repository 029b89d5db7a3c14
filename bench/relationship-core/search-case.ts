import { percentile } from '../lib/stats.ts';
import type { QueryKind, SearchQuery } from './search-queries.ts';

export interface SearchTimings {
  all: number[];
  byKind: Map<QueryKind, number[]>;
  /** Queries that found nothing: a fuzzy search that misses typos would show here. */
  empty: number;
}

/**
 * Sends the queries one after another, as one person typing would, and times each
 * from request to parsed body. A few warm-up queries first, so the figures are not the
 * JIT's and the caches' first encounter.
 */
export async function timeSearches(baseUrl: string, token: string, queries: SearchQuery[]) {
  const headers = { authorization: `Bearer ${token}` };
  const search = async (q: string) => {
    const response = await fetch(`${baseUrl}/api/v1/clients?q=${encodeURIComponent(q)}`, { headers });
    const body = (await response.json()) as { items: unknown[] };
    if (response.status !== 200) throw new Error(`search ${q} → ${response.status} ${JSON.stringify(body)}`);
    return body.items.length;
  };
  for (const query of queries.slice(0, 20)) await search(query.q);

  const timings: SearchTimings = { all: [], byKind: new Map(), empty: 0 };
  for (const query of queries) {
    const start = performance.now();
    const found = await search(query.q);
    const ms = performance.now() - start;
    timings.all.push(ms);
    timings.byKind.set(query.kind, [...(timings.byKind.get(query.kind) ?? []), ms]);
    if (found === 0) timings.empty++;
  }
  return timings;
}

export function searchBreakdown(engineLabel: string, timings: SearchTimings): string {
  const rows = [...timings.byKind].map(
    ([kind, samples]) =>
      `| ${engineLabel} | ${kind} | ${samples.length} | ${percentile(samples, 50).toFixed(1)} | ${percentile(samples, 95).toFixed(1)} | ${Math.max(...samples).toFixed(1)} |`,
  );
  return [
    `Search by kind of query (${engineLabel}; ${timings.empty} of ${timings.all.length} queries found nothing):`,
    '',
    '| Engine | Query kind | Queries | p50 ms | p95 ms | max ms |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
