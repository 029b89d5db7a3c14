// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
const GUARDED = /^'*[=+\-@\t\r]/;
const GUARD_MARK = /^'(?='*[=+\-@\t\r])/;

/**
 * Prefixes a cell a spreadsheet would run as a formula with a quote, so it shows as
 * text. Cells that already start with quotes before such a character get one more,
 * which keeps `unguardCell` an exact inverse: "=1" → "'=1", "'=1" → "''=1".
 */
export function guardCell(value: string): string {
  return GUARDED.test(value) ? `'${value}` : value;
}

/** Undoes `guardCell` on import, so "'+44 20 7946 0000" comes back as the phone number. */
export function unguardCell(value: string): string {
  return value.replace(GUARD_MARK, '');
}
