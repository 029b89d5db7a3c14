import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLIENT_KINDS, CLIENT_STATUSES, clientInput } from '../../features/clients/schemas.ts';
import { CLIENT_CSV_HEADER, clientCsvRow, type ExportedClient } from '../export/client-columns.ts';
import { csvParseOptions, isBlankRecord, lineTracker, sniffDelimiter } from './csv-text.ts';
import { type ImportField, suggestMapping, uniqueColumnNames } from './import-fields.ts';
import { rowToCandidate } from './row-to-candidate.ts';

const FIELDS: ImportField[] = ['name', 'email', 'tags', 'kind', 'status', 'since', 'owner', 'company'];

describe('rowToCandidate', () => {
  it('takes cells by mapping, leaves blanks out and splits tags on ; or |', () => {
    const candidate = rowToCandidate(
      ['  Ada Lovelace ', 'ADA@Example.com', 'vip; referral|  ', 'Business', 'Active', '2021-03-04', '', ''],
      FIELDS,
      7,
    );
    expect(candidate).toEqual({
      line: 7,
      fields: {
        name: 'Ada Lovelace',
        email: 'ADA@Example.com',
        tags: ['vip', 'referral'],
        kind: 'business',
        status: 'active',
        since: '2021-03-04',
      },
      owner: null,
      errors: [],
    });
  });

  it.each([
    ['Individual', 'kind', 'person'],
    ['organisation', 'kind', 'business'],
    ['Canceled', 'status', 'cancelled'],
    ['Lead', 'status', 'prospect'],
    ['sometimes', 'status', 'sometimes'],
  ] as const)('reads %j in %s as %j', (cell, field, value) => {
    expect(rowToCandidate([cell], [field], 2).fields[field]).toBe(value);
  });

  it('refuses a date not written YYYY-MM-DD, naming the line and field', () => {
    expect(rowToCandidate(['x', '04/03/2021'], ['name', 'since'], 12).errors).toEqual([
      { line: 12, field: 'since', message: '"04/03/2021" is not a date as YYYY-MM-DD' },
    ]);
  });

  it('refuses text past the last column but not empty trailing cells', () => {
    expect(rowToCandidate(['x', '', ' '], ['name'], 3).errors).toEqual([]);
    expect(rowToCandidate(['x', 'stray'], ['name'], 3).errors).toEqual([
      { line: 3, field: '', message: 'has 2 cells but the header has 1' },
    ]);
  });

  it('joins first and last name when there is no name column', () => {
    expect(rowToCandidate(['Ada', 'Lovelace'], ['firstName', 'lastName'], 2).fields.name).toBe(
      'Ada Lovelace',
    );
    expect(
      rowToCandidate(['Ada', 'Lovelace', 'Countess'], ['firstName', 'lastName', 'name'], 2).fields.name,
    ).toBe('Countess');
  });

  it('reads the owner as an e-mail for the caller, and ignores unmapped columns', () => {
    const candidate = rowToCandidate(['x', 'boss@example.com', 'ignored'], ['name', 'owner', ''], 2);
    expect(candidate.owner).toBe('boss@example.com');
    expect(candidate.fields).toEqual({ name: 'x' });
  });

  it('takes back the quote the export puts before formula characters', () => {
    expect(rowToCandidate(["'+44 20 7946 0000", "'=1+1"], ['phone', 'notes'], 2).fields).toEqual({
      phone: '+44 20 7946 0000',
      notes: '=1+1',
    });
  });
});

// Text as people type it, with the characters that stress CSV: separators, quotes,
// line breaks, formula starters, and any printable Unicode.
const tricky = fc.oneof(
  fc.constantFrom(',', ';', '\t', '"', "'", '\n', '\r\n', '=', '+', '-', '@', ' ', 'é', '名'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);
const text = (max: number) =>
  fc
    .string({ unit: tricky, minLength: 1, maxLength: max })
    .map((value) => value.trim())
    .filter((value) => value !== '');
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const tag = text(12).filter((value) => !/[;|]/.test(value));
const day = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const exportedClient = fc.record({
  kind: fc.constantFrom(...CLIENT_KINDS),
  name: text(60),
  company: maybe(text(40)),
  email: maybe(fc.emailAddress().filter((email) => email.length <= 254)),
  phone: maybe(text(20)),
  address: maybe(text(80)),
  website: maybe(text(40)),
  status: fc.constantFrom(...CLIENT_STATUSES),
  ownerEmail: maybe(fc.constantFrom('olive@example.com', 'sam@example.com')),
  tags: fc.array(tag, { maxLength: 4 }),
  sells: maybe(text(60)),
  sellsTags: fc.array(tag, { maxLength: 3 }),
  notes: maybe(text(200)),
  since: day,
});

/** What the schema makes of a client, with absent and null treated alike. */
function normalized(value: Record<string, unknown>) {
  const parsed = clientInput.parse(value) as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(clientInput.shape)
      .filter((key) => key !== 'ownerUserId')
      .map((key) => [key, parsed[key] ?? null]),
  );
}

describe('export → import roundtrip', () => {
  it('gives back every valid client exactly, on the line it starts on, in any dialect', () => {
    fc.assert(
      fc.property(
        fc.array(exportedClient, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('unix', 'windows') as fc.Arbitrary<'unix' | 'windows'>,
        fc.boolean(),
        (generated, delimiter, eol, bom) => {
          const valid = generated.filter((client) => clientInput.safeParse(strip(client)).success);
          fc.pre(valid.length > 0);
          const clients: ExportedClient[] = valid.map((client, index) => ({
            ...client,
            ...normalizedExport(client),
            id: `00000000-0000-7000-8000-00000000000${index}`,
            archivedAt: null,
            createdAt: new Date('2026-01-01T00:00:00Z'),
          }));
          const rows = clients.map(clientCsvRow);
          const options = { delimiter, record_delimiter: eol } as const;
          const header = stringify([[...CLIENT_CSV_HEADER]], options);
          const bodies = rows.map((row) => stringify([row], options));
          const file = `${bom ? '\ufeff' : ''}${header}${bodies.join('')}`;

          const records = parse(file, csvParseOptions(sniffDelimiter(file))) as unknown as {
            record: string[];
            raw: string;
          }[];
          const track = lineTracker();
          const [first, ...rest] = records;
          if (!first) throw new Error('no header');
          track.take(first.raw);
          const columns = uniqueColumnNames(first.record);
          const mapping = suggestMapping(columns);
          const fields = columns.map((column) => mapping[column] ?? '');
          const candidates = rest
            .map((record) => ({ line: track.take(record.raw), cells: record.record }))
            .filter((record) => !isBlankRecord(record.cells))
            .map((record) => rowToCandidate(record.cells, fields, record.line));

          expect(candidates).toHaveLength(clients.length);
          let prefix = header;
          candidates.forEach((candidate, index) => {
            const client = clients[index] as ExportedClient;
            expect(candidate.errors).toEqual([]);
            expect(candidate.owner).toBe(client.ownerEmail);
            expect(normalized(candidate.fields)).toEqual(normalized(strip(client)));
            expect(candidate.line).toBe(1 + (prefix.match(/\r\n|\r|\n/g) ?? []).length);
            prefix += bodies[index];
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** The client fields the schema takes, from an exported client. */
function strip(client: Omit<ExportedClient, 'id' | 'archivedAt' | 'createdAt'>) {
  const { ownerEmail: _owner, ...fields } = client as ExportedClient;
  const { id: _id, archivedAt: _archived, createdAt: _created, ...input } = fields;
  return input;
}

/** The stored form of a generated client: what the schema would have saved. */
function normalizedExport(client: Omit<ExportedClient, 'id' | 'archivedAt' | 'createdAt'>) {
  const parsed = clientInput.parse(strip(client));
  return {
    ...parsed,
    company: parsed.company ?? null,
    email: parsed.email ?? null,
    phone: parsed.phone ?? null,
    address: parsed.address ?? null,
    website: parsed.website ?? null,
    sells: parsed.sells ?? null,
    notes: parsed.notes ?? null,
    since: parsed.since ?? client.since,
  };
}
