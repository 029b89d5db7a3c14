import type { Writable } from 'node:stream';

/** Where a command writes. Tests pass their own streams; main.ts passes the process's. */
export interface CliIO {
  /** Results a script captures: CSV, a token, a summary. */
  out: Writable;
  /** Progress bars and notes for the person at the terminal. */
  err: Writable;
  /** Draw progress bars on `err` (true when it is a terminal). */
  isInteractive: boolean;
}

export function processIO(): CliIO {
  return { out: process.stdout, err: process.stderr, isInteractive: Boolean(process.stderr.isTTY) };
}

export function println(stream: Writable, line = ''): void {
  stream.write(`${line}\n`);
}

/** "1 client", "3 clients", with thousands separated. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? noun : nouns}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A header and rows as lines of left-aligned columns two spaces apart, the header first. */
export function tableLines(columns: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = columns.map((name, i) => Math.max(name.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(columns), ...rows.map(line)];
}
