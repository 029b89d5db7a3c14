import { z } from 'zod';
import { pageQuery, shortText } from '../shared/fields.ts';

export const createTokenBody = z
  .object({
    name: shortText(100),
    /** Leave out for a token that lasts until revoked. */
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  })
  .strict();

export const listTokensQuery = z.object(pageQuery).strict();

export const createdTokenView = z.object({
  /** The secret itself: shown this once, stored only as a hash. */
  token: z.string(),
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  expiresAt: z.string().nullable(),
});

export const tokenView = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const tokenPage = z.object({ items: z.array(tokenView), nextCursor: z.string().nullable() });

export type CreateTokenInput = z.infer<typeof createTokenBody>;
export type ListTokensQuery = z.infer<typeof listTokensQuery>;
export type CreatedTokenView = z.infer<typeof createdTokenView>;
export type TokenView = z.infer<typeof tokenView>;
