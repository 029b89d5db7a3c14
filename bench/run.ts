import { resolve } from 'node:path';
import { writeSection } from './lib/benchmarks-file.ts';
import { type Engine, openEngine } from './lib/engines.ts';
import { type Figure, figureRows, textTable } from './lib/figures.ts';
import { describeMachine } from './lib/machine.ts';
import { parseOptions } from './lib/options.ts';
import { sectionMarkdown } from './lib/section.ts';
import { SUITES } from './suites.ts';

const options = readOptions();
const machine = describeMachine();
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

for (const suite of options.suites) {
  const date = new Date();
  const scale = options.scales[suite.scale.flag] ?? suite.scale.default;
  const figures: Figure[] = [];
  const details: string[] = [];
  for (const engine of engines) {
    console.log(`${suite.title} on ${engine.name} (${scale.toLocaleString('en-US')} ${suite.scale.flag})`);
    const result = await suite.run({ engine, options, scale, log });
    figures.push(...result.figures);
    details.push(...result.details);
  }
  const minutes = (Date.now() - date.getTime()) / 60_000;
  console.log(`\n${suite.title} (${minutes.toFixed(1)} min)\n${textTable(figureRows(figures))}`);
  for (const detail of details) console.log(`\n${detail}`);
  if (options.write) {
    const path = resolve('BENCHMARKS.md');
    const section = { suite, scale, date, minutes, machine, options, figures, details, skipped };
    writeSection(path, suite.id, sectionMarkdown(section));
    console.log(`\nWrote the "${suite.title}" section of ${path}`);
  }
}

function readOptions() {
  try {
    return parseOptions(process.argv.slice(2), SUITES);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
