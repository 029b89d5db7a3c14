import type { Engine } from './engines.ts';
import type { Figure } from './figures.ts';
import type { BenchOptions } from './options.ts';

export interface SuiteContext {
  engine: Engine;
  options: BenchOptions;
  /** How many of the suite's things to seed: its `scale.default`, or `--<scale.flag> N`. */
  scale: number;
  log(line: string): void;
}

export interface SuiteResult {
  figures: Figure[];
  /** Markdown paragraphs or tables that explain the figures (breakdowns, query plans). */
  details: string[];
}

/**
 * A group of cases that share a seeded database. Adding one: a file exporting a Suite,
 * and a line in bench/suites.ts; its scale flag, its section of BENCHMARKS.md and its
 * place in `npm run bench` come from here.
 */
export interface Suite {
  /** Names the section of BENCHMARKS.md this suite owns, and `--suite ID`. */
  id: string;
  title: string;
  /** What the suite seeds and how many, e.g. `{ flag: 'clients', default: 100_000 }`. */
  scale: { flag: string; default: number };
  /** Markdown under the table: what each figure measures and what its limit is. */
  about?: string;
  run(context: SuiteContext): Promise<SuiteResult>;
}
