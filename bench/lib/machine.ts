import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  pglite: string;
  /** Filled in by each engine once it has answered `select version()`. */
  servers: Record<string, string>;
}

export function describeMachine(): MachineInfo {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    ramGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    pglite: packageVersion('@electric-sql/pglite'),
    servers: {},
  };
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('model name'));
    if (line) return line.split(':')[1]?.trim() ?? 'unknown';
  } catch {
    // Not Linux: fall through to what Node knows.
  }
  return cpus()[0]?.model ?? 'unknown';
}

function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    // Packages with an exports map may hide package.json; read it from disk instead.
    const path = require.resolve(name).replace(/(node_modules\/(@[^/]+\/)?[^/]+)\/.*$/, '$1/package.json');
    return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  }
}
