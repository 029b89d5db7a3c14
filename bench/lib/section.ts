import type { Figure } from './figures.ts';
import { figureRows, markdownTable } from './figures.ts';
import type { MachineInfo } from './machine.ts';
import type { BenchOptions } from './options.ts';

export interface SectionInput {
  title: string;
  date: Date;
  machine: MachineInfo;
  options: BenchOptions;
  figures: Figure[];
  details: string[];
  /** Engines that could not run, with the reason. */
  skipped: string[];
}

/** The Markdown a suite writes into BENCHMARKS.md. */
export function sectionMarkdown(input: SectionInput): string {
  const { machine, options } = input;
  const servers = Object.entries(machine.servers)
    .map(([engine, version]) => `${engine === 'pglite' ? 'PGlite' : 'PostgreSQL server'}: ${version}`)
    .join('; ');
  const command = ['npm run bench', options.clients === 100_000 ? '' : `-- --clients ${options.clients}`]
    .filter(Boolean)
    .join(' ');
  const notes = input.figures
    .filter((figure) => figure.note)
    .map((figure) => `- ${figure.case}: ${figure.note}`);
  return [
    `## ${input.title}`,
    '',
    `- Date: ${input.date.toISOString().slice(0, 16).replace('T', ' ')} UTC; \`${command}\`` +
      ` (${options.clients.toLocaleString('en-US')} clients, ${options.duration} s per load run, engines: ${options.engines.join(', ')})`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM; Node ${machine.node}; ` +
      `PGlite ${machine.pglite}${servers ? `; ${servers}` : ''}`,
    ...input.skipped.map((reason) => `- Skipped: ${reason}`),
    '',
    markdownTable(figureRows(input.figures)),
    '',
    'Ratio = figure ÷ limit. Import: rows/s of the real import (parse, validate, insert, audit) ÷ a raw ' +
      'multi-row INSERT of the same rows. Reads: the real route (auth, visibility, summary, response schema) ÷ ' +
      'a bare Fastify route doing only the primary-key lookup, same database, same run.',
    ...(notes.length ? ['', ...notes] : []),
    ...input.details.flatMap((detail) => ['', detail]),
  ].join('\n');
}
