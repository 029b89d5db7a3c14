import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';

/** Rows fetched per query: memory stays flat however many rows the export has. */
export const EXPORT_BATCH = 1_000;

export interface CsvStreamOptions {
  /** Start with a UTF-8 byte order mark, which Excel needs to read UTF-8 CSV. */
  bom?: boolean;
}

/**
 * A CSV byte stream from rows produced on demand. Backpressure reaches the producer, so
 * a slow reader pauses the queries; a failure mid-way ends the stream with that error.
 */
export function csvStream(
  header: readonly string[],
  rows: AsyncIterable<string[]>,
  options: CsvStreamOptions = {},
): Readable {
  async function* records() {
    yield [...header];
    yield* rows;
  }
  // With CRLF records csv-stringify quotes only cells holding CRLF; a lone LF or CR (a
  // multi-line note) must be quoted too, or spreadsheets split the row there.
  const stringifier = stringify({
    bom: options.bom ?? false,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
  // The stringifier carries any error to whoever reads it; nothing else to do here.
  return pipeline(Readable.from(records()), stringifier, () => {});
}

/** Keyset paging: fetch pages after the last key until a short page says it is the end. */
export async function* keysetBatches<Row, Key>(
  fetchPage: (after: Key | null, limit: number) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): AsyncGenerator<Row> {
  let after: Key | null = null;
  for (;;) {
    const page = await fetchPage(after, EXPORT_BATCH);
    yield* page;
    const last = page.at(-1);
    if (page.length < EXPORT_BATCH || last === undefined) return;
    after = keyOf(last);
  }
}
