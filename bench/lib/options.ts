import type { Suite } from './suite.ts';

export type EngineName = 'pglite' | 'postgres';

export interface BenchOptions {
  /** The suites to run, in bench/suites.ts order. */
  suites: Suite[];
  /**
   * Scales given on the command line, by flag (`clients` → 100,000); a suite without one
   * runs at its own default. Suites may share a flag (`--agreements`) with different defaults.
   */
  scales: Record<string, number>;
  engines: EngineName[];
  /** Seconds each autocannon run lasts. */
  duration: number;
  /** Write the suites' sections of BENCHMARKS.md; off for trial runs. */
  write: boolean;
}

const DEFAULT_DURATION = 10;

function usage(suites: readonly Suite[]): string {
  const scales = [...new Set(suites.map((suite) => `[--${suite.scale.flag} N]`))].join(' ');
  return [
    `npm run bench -- [--suite ID]… ${scales} [--only pglite|postgres] [--duration SECONDS] [--no-write]`,
    '',
    'With no arguments: every suite at its full scale, on PGlite and on PostgreSQL',
    '(BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres), and the',
    'results written to BENCHMARKS.md.',
    '',
    ...suites.map(
      (suite) => `  --suite ${suite.id}: ${suite.title} (--${suite.scale.flag} ${suite.scale.default})`,
    ),
  ].join('\n');
}

/** Reads the flags `npm run bench -- …` accepts; anything else is an error, not a silent default. */
export function parseOptions(argv: string[], suites: readonly Suite[]): BenchOptions {
  const options: BenchOptions = {
    suites: [],
    scales: {},
    engines: ['pglite', 'postgres'],
    duration: DEFAULT_DURATION,
    write: true,
  };
  const fail = (message: string): never => {
    throw new Error(`${message}\n${usage(suites)}`);
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const value = () => argv[++i] ?? fail(`${flag} needs a value`);
    const name = flag.replace(/^--/, '');
    if (flag === '--help' || flag === '-h') {
      console.log(usage(suites));
      process.exit(0);
    } else if (suites.some((suite) => suite.scale.flag === name))
      options.scales[name] = positiveInt(flag, value());
    else if (flag === '--duration') options.duration = positiveInt(flag, value());
    else if (flag === '--no-write') options.write = false;
    else if (flag === '--only') {
      const engine = value();
      if (engine !== 'pglite' && engine !== 'postgres') fail('--only pglite|postgres');
      options.engines = [engine as EngineName];
    } else if (flag === '--suite') {
      const id = value();
      options.suites.push(suites.find((suite) => suite.id === id) ?? fail(`no suite ${id}`));
    } else fail(`unknown option ${flag}`);
  }
  const chosen = new Set(options.suites);
  options.suites = suites.filter((suite) => chosen.size === 0 || chosen.has(suite));
  return options;
}

function positiveInt(flag: string, text: string): number {
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${flag} needs a positive whole number`);
  return value;
}
