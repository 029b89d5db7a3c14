import { z } from 'zod';
import { IMPORT_FIELDS } from '../../core/import/import-fields.ts';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 100_000;

const mapping = z
  .record(z.string().max(500), z.enum([...IMPORT_FIELDS, '']))
  .describe(
    'CSV column → client field ("" ignores the column). Columns left out are ignored. Without it, the mapping is suggested from the headers.',
  );

export const previewBody = z
  .object({
    csv: z.string().describe('The CSV file as UTF-8 text, at most 10 MB; the first row is the header'),
    mapping: mapping.optional(),
  })
  .strict();
export type PreviewBody = z.infer<typeof previewBody>;

export const importBody = previewBody
  .extend({
    skipInvalid: z
      .boolean()
      .default(false)
      .describe('Import the valid rows and report the others, instead of refusing the whole file'),
  })
  .strict();

const rowError = z.object({
  line: z.number().int().describe('Physical line in the file; the header is line 1'),
  field: z.string().describe('The client field, or "" for the whole row'),
  message: z.string(),
});

const nullableText = z.string().nullable();

export const importPreview = z.object({
  columns: z.array(z.string()),
  mapping: z.record(z.string(), z.enum([...IMPORT_FIELDS, ''])),
  rows: z.number().int(),
  valid: z.number().int(),
  sample: z
    .array(
      z.object({
        line: z.number().int(),
        valid: z.boolean(),
        kind: nullableText,
        name: nullableText,
        company: nullableText,
        email: nullableText,
        phone: nullableText,
        address: nullableText,
        website: nullableText,
        status: nullableText,
        owner: nullableText.describe("The owning user's e-mail"),
        tags: z.array(z.string()),
        sells: nullableText,
        sellsTags: z.array(z.string()),
        notes: nullableText,
        since: nullableText,
      }),
    )
    .describe('The first 20 rows, as read from the file'),
  errors: z.array(rowError).describe('Every problem, in line order (at most 500)'),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importResult = z.object({
  imported: z.number().int(),
  skipped: z.number().int().describe('Invalid rows left out (with skipInvalid)'),
  errors: z.array(rowError).describe('Problems of the skipped rows (at most 500)'),
});
