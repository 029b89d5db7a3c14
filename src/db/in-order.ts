type Results<T extends readonly (() => unknown)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs queries one after the other and returns their results as `Promise.all` would.
 * Inside a transaction every query shares one connection, and pg refuses overlapping
 * queries on one client (a deprecation warning in pg 8, an error in pg 9); PGlite has
 * one connection anyway, so nothing is lost.
 */
export async function inOrder<const T extends readonly (() => unknown)[]>(steps: T): Promise<Results<T>> {
  const results: unknown[] = [];
  for (const step of steps) results.push(await step());
  return results as Results<T>;
}
