import { sniffDelimiter } from '../../../../core/import/csv-text.ts';

/**
 * The first few records of a CSV text, only to show example values beside the column
 * mapping; the server does the real parsing. Quotes and the delimiter (comma, semicolon
 * or tab, judged from the header line as the server does) are honoured.
 */
export function peekCsv(text: string, records = 6): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = sniffDelimiter(body);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < body.length && rows.length < records; index++) {
    const char = body[index];
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[index + 1] === '\n') index++;
      row.push(cell);
      if (row.some((value) => value.trim() !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (rows.length < records && (cell !== '' || row.length > 0)) {
    row.push(cell);
    if (row.some((value) => value.trim() !== '')) rows.push(row);
  }
  return rows;
}
