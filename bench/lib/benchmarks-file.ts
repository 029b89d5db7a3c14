import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const PREAMBLE = `# Benchmarks

Figures from \`npm run bench\` (see \`bench/\`). Each section is rewritten by the run that
produced it; every figure sits beside a limit measured in the same run on the same machine,
so the ratio means more than the raw number. Benchmarks are never tests: no test asserts a time.
`;

/** Puts `body` between this section's markers, replacing what a previous run wrote there. */
export function writeSection(path: string, sectionId: string, body: string): void {
  const start = `<!-- bench:${sectionId} -->`;
  const end = `<!-- /bench:${sectionId} -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const current = existsSync(path) ? readFileSync(path, 'utf8') : PREAMBLE;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${block}${current.slice(to + end.length)}`
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, next);
}
