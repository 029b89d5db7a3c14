import type { EngineName } from './options.ts';

/** One measured number, with the limit it is judged against when there is one. */
export interface Figure {
  engine: EngineName;
  case: string;
  value: number;
  unit: string;
  /** The same work done the simplest possible way, measured in the same run. */
  limit?: { label: string; value: number };
  /** value ÷ limit, oriented so that 1 means "as fast as the limit". */
  ratio?: number;
  aim?: string;
  met?: boolean;
  note?: string;
}

export function formatNumber(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  const text = value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return unit ? `${text} ${unit}` : text;
}

export function formatRatio(ratio: number | undefined): string {
  return ratio === undefined || !Number.isFinite(ratio) ? '' : `${ratio.toFixed(2)}×`;
}

export function formatMet(figure: Figure): string {
  if (figure.met === undefined) return figure.aim ? '—' : '';
  return figure.met ? 'yes' : 'NO';
}

/** The columns both the terminal table and BENCHMARKS.md show. */
export function figureRows(figures: Figure[]): string[][] {
  const header = ['Engine', 'Case', 'Figure', 'Limit (same run)', 'Ratio', 'Aim', 'Met'];
  const rows = figures.map((figure) => [
    figure.engine === 'pglite' ? 'PGlite' : 'PostgreSQL',
    figure.case,
    formatNumber(figure.value, figure.unit),
    figure.limit ? `${formatNumber(figure.limit.value, figure.unit)} (${figure.limit.label})` : '',
    formatRatio(figure.ratio),
    figure.aim ?? '',
    formatMet(figure),
  ]);
  return [header, ...rows];
}

export function textTable(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  const [header, ...body] = rows;
  if (!header) return '';
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

export function markdownTable(rows: string[][]): string {
  const [header, ...body] = rows;
  if (!header) return '';
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const line = (row: string[]) => `| ${row.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...body.map(line)].join('\n');
}
