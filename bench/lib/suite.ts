import type { Engine } from './engines.ts';
import type { Figure } from './figures.ts';
import type { BenchOptions } from './options.ts';

export interface SuiteContext {
  engine: Engine;
  options: BenchOptions;
  log(line: string): void;
}

export interface SuiteResult {
  figures: Figure[];
  /** Markdown paragraphs or tables that explain the figures (breakdowns, query plans). */
  details: string[];
}

/**
 * A group of cases that share a seeded database. Adding one: a file exporting a Suite,
 * and a line in bench/suites.ts.
 */
export interface Suite {
  /** Names the section of BENCHMARKS.md this suite owns. */
  id: string;
  title: string;
  run(context: SuiteContext): Promise<SuiteResult>;
}
