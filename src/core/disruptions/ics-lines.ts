/**
 * Reads an iCalendar text back into its properties (RFC 5545 §3.1: lines end in CRLF, a
 * line starting with a space continues the one before). For tests and for checking what
 * we send; not a full parser.
 */
export function icsLines(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '');
}

/** The value of the first property called `name` (parameters ignored), or undefined. */
export function icsValue(text: string, name: string): string | undefined {
  const line = icsLines(text).find(
    (candidate) => candidate.startsWith(`${name}:`) || candidate.startsWith(`${name};`),
  );
  return line?.slice(line.indexOf(':') + 1);
}
