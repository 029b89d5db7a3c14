/**
 * The client fields a CSV column can fill. `owner` is a workspace user's e-mail, and
 * `firstName`/`lastName` are joined into `name` when the file has no full-name column.
 */
export const IMPORT_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'kind',
  'company',
  'email',
  'phone',
  'address',
  'website',
  'status',
  'owner',
  'tags',
  'sells',
  'sellsTags',
  'notes',
  'since',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A column's field, or '' for a column the import ignores. */
export type ColumnMapping = Record<string, ImportField | ''>;

// Headers other tools write for the same thing, compared after `normalizeHeader`.
const SYNONYMS: Record<ImportField, string[]> = {
  name: ['name', 'full name', 'client', 'client name', 'contact', 'contact name', 'display name'],
  firstName: ['first name', 'given name', 'forename'],
  lastName: ['last name', 'surname', 'family name'],
  kind: ['kind', 'type', 'client type', 'client kind'],
  company: ['company', 'company name', 'organisation', 'organization', 'business', 'employer'],
  email: ['email', 'email address', 'mail', 'client email'],
  phone: ['phone', 'phone number', 'telephone', 'tel', 'mobile', 'cell'],
  address: ['address', 'postal address', 'street address', 'mailing address'],
  website: ['website', 'web site', 'url', 'web', 'homepage', 'site'],
  status: ['status', 'client status', 'stage'],
  owner: ['owner', 'owner email', 'account owner', 'assigned to'],
  tags: ['tags', 'tag', 'labels', 'categories'],
  sells: ['sells', 'what they sell', 'products', 'services', 'offering'],
  sellsTags: ['sells tags', 'sell tags', 'product tags'],
  notes: ['notes', 'note', 'comments', 'comment', 'description', 'remarks'],
  since: ['since', 'client since', 'customer since', 'member since', 'start date', 'started', 'joined'],
};

/** "E-mail address", "email_address" and "EmailAddress" all become "emailaddress". */
export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[\s_\-.]+/g, '');
}

const FIELD_BY_HEADER = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) => SYNONYMS[field].map((synonym) => [normalizeHeader(synonym), field])),
);

/**
 * Suggests a field for each column from its header. A field goes to the first column
 * that names it; later columns with the same meaning are left unmapped, never doubled.
 */
export function suggestMapping(columns: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<ImportField>();
  for (const column of columns) {
    const field = FIELD_BY_HEADER.get(normalizeHeader(column));
    if (field && !taken.has(field)) {
      mapping[column] = field;
      taken.add(field);
    } else {
      mapping[column] = '';
    }
  }
  return mapping;
}

/**
 * Column names as the mapping addresses them: trimmed, a blank header becomes
 * "Column 3", and a repeated header gets " (2)", so every key names exactly one column.
 */
export function uniqueColumnNames(headerCells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headerCells.map((cell, index) => {
    const base = cell.trim() || `Column ${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}
