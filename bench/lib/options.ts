export type EngineName = 'pglite' | 'postgres';

export interface BenchOptions {
  clients: number;
  engines: EngineName[];
  /** Seconds each autocannon run lasts. */
  duration: number;
  /** Leave BENCHMARKS.md alone (for trial runs). */
  write: boolean;
}

const USAGE = `npm run bench -- [--clients N] [--only pglite|postgres] [--duration SECONDS] [--no-write]`;

/** Reads the few flags `npm run bench -- …` accepts; anything else is an error, not a silent default. */
export function parseOptions(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    clients: 100_000,
    engines: ['pglite', 'postgres'],
    duration: 10,
    write: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return next;
    };
    if (flag === '--clients') options.clients = positiveInt(flag, value());
    else if (flag === '--duration') options.duration = positiveInt(flag, value());
    else if (flag === '--no-write') options.write = false;
    else if (flag === '--only') {
      const engine = value();
      if (engine !== 'pglite' && engine !== 'postgres') throw new Error(`--only pglite|postgres\n${USAGE}`);
      options.engines = [engine];
    } else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return options;
}

function positiveInt(flag: string | undefined, text: string): number {
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${flag} needs a positive whole number`);
  return value;
}
