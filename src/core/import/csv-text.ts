/** How many physical lines a raw CSV record spans: CRLF, LF and a lone CR each end one. */
export function countLineBreaks(raw: string): number {
  let breaks = 0;
  for (let i = 0; i < raw.length; i++) {
    const char = raw.charCodeAt(i);
    if (char === 10) breaks++;
    else if (char === 13) {
      breaks++;
      if (raw.charCodeAt(i + 1) === 10) i++;
    }
  }
  return breaks;
}

const CANDIDATES = [',', ';', '\t'] as const;
export type Delimiter = (typeof CANDIDATES)[number];

/**
 * Picks the delimiter from the header line: the candidate that occurs most often
 * outside quotes. Spreadsheets in much of Europe save CSV with ';', and tab-separated
 * exports are common; a comma wins ties and headers with a single column.
 */
export function sniffDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>(CANDIDATES.map((candidate) => [candidate, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  for (const candidate of CANDIDATES) {
    if ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0)) best = candidate;
  }
  return best;
}

/** A record with no text in any cell: a blank line, or a line of separators. */
export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * The csv-parse options the import uses everywhere. Blank lines come through as records
 * (and are skipped by the reader) so that every physical line is counted; `raw` gives
 * each record's text for that count. Stray quotes inside unquoted cells (5" screen) are
 * taken literally rather than refusing the file.
 */
export function csvParseOptions(delimiter: Delimiter) {
  return {
    delimiter,
    bom: true,
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  } as const;
}

/** Numbers records by the physical line they start on; see `lineTracker`. */
export interface LineTracker {
  /** The line the record with this raw text starts on; call once per record, in order. */
  take(raw: string): number;
  /** The line the next record will start on (where a parse error sits). */
  next(): number;
}

/**
 * Numbers records by the physical line they start on (the header is line 1), counting
 * the line breaks inside quoted multi-line cells, which csv-parse's own line count
 * over-counts for CRLF files.
 */
export function lineTracker(): LineTracker {
  let next = 1;
  return {
    take(raw) {
      const line = next;
      next += countLineBreaks(raw);
      return line;
    },
    next: () => next,
  };
}
