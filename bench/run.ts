import { resolve } from 'node:path';
import { writeSection } from './lib/benchmarks-file.ts';
import { type Engine, openEngine } from './lib/engines.ts';
import { type Figure, figureRows, textTable } from './lib/figures.ts';
import { describeMachine } from './lib/machine.ts';
import { parseOptions } from './lib/options.ts';
import { sectionMarkdown } from './lib/section.ts';
import { SUITES } from './suites.ts';

const options = parseOptions(process.argv.slice(2));
const machine = describeMachine();
const date = new Date();
const log = (line: string) => console.log(`  ${line}`);

const engines: Engine[] = [];
const skipped: string[] = [];
for (const name of options.engines) {
  const engine = await openEngine(name);
  if ('skipped' in engine) {
    console.log(`Skipping ${name}: ${engine.skipped}`);
    skipped.push(engine.skipped);
    continue;
  }
  machine.servers[name] = engine.version;
  engines.push(engine);
}

const results = new Map(
  SUITES.map((suite) => [suite.id, { figures: [] as Figure[], details: [] as string[] }]),
);
for (const suite of SUITES) {
  for (const engine of engines) {
    console.log(`${suite.title} on ${engine.name} (${options.clients.toLocaleString('en-US')} clients)`);
    const result = await suite.run({ engine, options, log });
    results.get(suite.id)?.figures.push(...result.figures);
    results.get(suite.id)?.details.push(...result.details);
  }
}

for (const suite of SUITES) {
  const { figures, details } = results.get(suite.id) ?? { figures: [], details: [] };
  console.log(`\n${suite.title}\n${textTable(figureRows(figures))}`);
  if (options.write) {
    const path = resolve('BENCHMARKS.md');
    writeSection(
      path,
      suite.id,
      sectionMarkdown({ title: suite.title, date, machine, options, figures, details, skipped }),
    );
    console.log(`\nWrote the "${suite.title}" section of ${path}`);
  }
}
