import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { AppError } from '../../core/errors/app-error.ts';
import { csvParseOptions, isBlankRecord, lineTracker, sniffDelimiter } from '../../core/import/csv-text.ts';

/** One CSV record and the physical line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export const notUtf8 = () =>
  new AppError('invalid_input', 'The file is not UTF-8 text', [
    {
      path: 'csv',
      message: 'Save it as "CSV UTF-8" (Excel: File › Save As › CSV UTF-8) and try again',
    },
  ]);

// The header decides the delimiter; this much text always holds a header line.
const SNIFF_CHARS = 64 * 1024;

/**
 * Reads CSV records from bytes or text as they arrive, so a large file never sits in
 * memory twice. Bytes must be valid UTF-8; a UTF-8 BOM is dropped. Text that holds a
 * NUL (UTF-16, binary) or U+FFFD (bytes a decoder already gave up on) is refused the
 * same way. Blank lines are skipped but still counted.
 */
export async function* readCsvRecords(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<CsvRecord> {
  const text = decodeUtf8(chunks);
  let head = '';
  let next = await text.next();
  while (!next.done && head.length < SNIFF_CHARS && !/[\r\n]/.test(head)) {
    head += next.value;
    next = await text.next();
  }
  const first = next;
  async function* replay() {
    if (head) yield head;
    if (!first.done) yield first.value;
    yield* text;
  }
  const source = Readable.from(replay(), { objectMode: false });
  const parser = parse(csvParseOptions(sniffDelimiter(head)));
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  const track = lineTracker();
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const line = track.take(raw);
      if (!isBlankRecord(record)) yield { line, cells: record };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      throw new AppError('invalid_input', 'The file is not valid CSV', [
        { path: `line ${track.next()}`, message: csvProblem(error) },
      ]);
    }
    throw error;
  } finally {
    source.destroy();
    parser.destroy();
  }
}

async function* decodeUtf8(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? checked(chunk, true) : checked(decode(decoder, chunk), false);
    if (text) yield text;
  }
  const rest = checked(decode(decoder), false);
  if (rest) yield rest;
}

function decode(decoder: TextDecoder, chunk?: Uint8Array): string {
  try {
    return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
  } catch {
    throw notUtf8();
  }
}

function checked(text: string, decodedElsewhere: boolean): string {
  if (text.includes('\0') || (decodedElsewhere && text.includes('\uFFFD'))) throw notUtf8();
  return text;
}

function csvProblem(error: CsvError): string {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return 'a quoted cell is never closed (a " is missing)';
  return error.message.replace(/ at line \d+.*$/s, '');
}
