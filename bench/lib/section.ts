import type { Figure } from './figures.ts';
import { figureRows, markdownTable } from './figures.ts';
import type { MachineInfo } from './machine.ts';
import type { BenchOptions } from './options.ts';
import type { Suite } from './suite.ts';

export interface SectionInput {
  suite: Suite;
  /** How many of the suite's things it seeded. */
  scale: number;
  date: Date;
  /** Wall-clock time of the suite on every engine. */
  minutes: number;
  machine: MachineInfo;
  options: BenchOptions;
  figures: Figure[];
  details: string[];
  /** Engines that could not run, with the reason. */
  skipped: string[];
}

/** The Markdown a suite writes into BENCHMARKS.md. */
export function sectionMarkdown(input: SectionInput): string {
  const { suite, machine, options } = input;
  // "PGlite 0.5.16 (PostgreSQL 18.6)", "PostgreSQL 15.20 (Debian …)": what each engine answered.
  const engines = [
    `PGlite ${machine.pglite}${machine.servers.pglite ? ` (${machine.servers.pglite.replace(/ \(PGlite.*\)$/, '')})` : ''}`,
    ...(machine.servers.postgres ? [`${machine.servers.postgres} server`] : []),
  ].join('; ');
  const flags = [
    input.scale === suite.scale.default ? '' : `--${suite.scale.flag} ${input.scale}`,
    options.engines.length === 1 ? `--only ${options.engines[0]}` : '',
  ].filter(Boolean);
  const command = `npm run bench${flags.length ? ` -- ${flags.join(' ')}` : ''}`;
  const notes = input.figures
    .filter((figure) => figure.note)
    .map((figure) => `- ${figure.case}: ${figure.note}`);
  return [
    `## ${suite.title}`,
    '',
    `- Date: ${input.date.toISOString().slice(0, 16).replace('T', ' ')} UTC; \`${command}\`` +
      ` (${input.scale.toLocaleString('en-US')} ${suite.scale.flag}, ${options.duration} s per load run;` +
      ` ${input.minutes.toFixed(1)} min on ${options.engines.join(' and ')})`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM; Node ${machine.node}; ${engines}`,
    ...input.skipped.map((reason) => `- Skipped: ${reason}`),
    '',
    markdownTable(figureRows(input.figures)),
    ...(suite.about ? ['', suite.about] : []),
    ...(notes.length ? ['', ...notes] : []),
    ...input.details.flatMap((detail) => ['', detail]),
  ].join('\n');
}
