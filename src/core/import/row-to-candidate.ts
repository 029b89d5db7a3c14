import { unguardCell } from '../export/formula-guard.ts';
import type { ImportField } from './import-fields.ts';

/** A problem with one row, by its physical line in the file (the header is line 1). */
export interface RowError {
  line: number;
  /** The client field, or '' for the row as a whole. */
  field: string;
  message: string;
}

export interface RowCandidate {
  line: number;
  /** Client fields as the client schema takes them; blank cells are left out so defaults apply. */
  fields: Record<string, string | string[]>;
  /** The owning user's e-mail, for the caller to resolve; null keeps the default owner. */
  owner: string | null;
  errors: RowError[];
}

const KIND_WORDS: Record<string, string> = {
  individual: 'person',
  company: 'business',
  organisation: 'business',
  organization: 'business',
};
const STATUS_WORDS: Record<string, string> = { canceled: 'cancelled', lead: 'prospect' };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Turns one CSV record into a client candidate. Only the file's own shape is judged
 * here (cells past the header, list separators, the date format, common words for kind
 * and status); the client schema judges the values themselves.
 */
export function rowToCandidate(
  cells: readonly string[],
  columnFields: readonly (ImportField | '')[],
  line: number,
): RowCandidate {
  const candidate: RowCandidate = { line, fields: {}, owner: null, errors: [] };
  const extra = cells.slice(columnFields.length);
  if (extra.some((cell) => cell.trim() !== '')) {
    candidate.errors.push({
      line,
      field: '',
      message: `has ${cells.length} cells but the header has ${columnFields.length}`,
    });
  }
  const parts: Partial<Record<'firstName' | 'lastName', string>> = {};
  columnFields.forEach((field, index) => {
    const text = unguardCell(cells[index] ?? '').trim();
    if (!field || text === '') return;
    if (field === 'firstName' || field === 'lastName') parts[field] = text;
    else if (field === 'owner') candidate.owner = text;
    else if (field === 'tags' || field === 'sellsTags') candidate.fields[field] = splitList(text);
    else if (field === 'kind') candidate.fields.kind = word(text, KIND_WORDS);
    else if (field === 'status') candidate.fields.status = word(text, STATUS_WORDS);
    else if (field === 'since' && !ISO_DATE.test(text)) {
      candidate.errors.push({ line, field, message: `"${clip(text)}" is not a date as YYYY-MM-DD` });
    } else candidate.fields[field] = text;
  });
  if (candidate.fields.name === undefined && (parts.firstName || parts.lastName)) {
    candidate.fields.name = [parts.firstName, parts.lastName].filter(Boolean).join(' ');
  }
  return candidate;
}

/** Tags are written "vip; referral" or "vip|referral"; both separators are accepted. */
export function splitList(text: string): string[] {
  return text
    .split(/[;|]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function word(text: string, synonyms: Record<string, string>): string {
  const lower = text.toLowerCase();
  return synonyms[lower] ?? lower;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
