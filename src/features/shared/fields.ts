import { z } from 'zod';

/** Field schemas every feature shares, so limits are the same everywhere. */
export const shortText = (max = 200) => z.string().trim().min(1).max(max);
export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

export const uuidField = z.uuid();
export const emailField = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const calendarDate = z.iso.date();
export const instantField = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
export const tagList = z.array(z.string().trim().min(1).max(50)).max(50);

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
};

export const idParams = z.object({ id: z.uuid() }).strict();

export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
});

export const okResponse = z.object({ ok: z.literal(true) });
