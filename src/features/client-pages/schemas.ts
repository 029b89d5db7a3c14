import { z } from 'zod';
import { pageQuery } from '../shared/fields.ts';

export const LINK_STATES = ['active', 'expired', 'revoked'] as const;
export type LinkState = (typeof LINK_STATES)[number];

export const disruptionParams = z.object({ id: z.uuid() }).strict();
export const clientLinkParams = z.object({ id: z.uuid(), clientId: z.uuid() }).strict();
export const linkParams = z.object({ id: z.uuid(), linkId: z.uuid() }).strict();

export const listClientPagesQuery = z
  .object({
    /** Only clients whose name contains this (case-insensitive). */
    q: z.string().trim().max(200).optional(),
    ...pageQuery,
  })
  .strict();
export type ListClientPagesQuery = z.infer<typeof listClientPagesQuery>;

export const issueLinkBody = z
  .object({
    /** Revoke the client's other links for this disruption (a link sent to the wrong address). */
    revokeOthers: z.boolean().default(false),
  })
  .strict()
  .default({ revokeOthers: false });
export type IssueLinkInput = z.infer<typeof issueLinkBody>;

/** A link as the team sees it: its state and dates, never the token (only its hash is kept). */
export const linkView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  state: z.enum(LINK_STATES),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  lastOpenedAt: z.string().nullable(),
});
export type LinkView = z.infer<typeof linkView>;

export const clientPagesRowView = z.object({
  clientId: z.uuid(),
  clientName: z.string(),
  /** Every link issued for this client and disruption, newest first. */
  links: z.array(linkView),
});

export const clientPagesPage = z.object({
  items: z.array(clientPagesRowView),
  nextCursor: z.string().nullable(),
});
export type ClientPagesPage = z.infer<typeof clientPagesPage>;

export const issuedLinkView = z.object({
  link: linkView,
  /** The full address to give the client. Shown once: only its hash is stored. */
  url: z.string(),
  revokedLinkIds: z.array(z.uuid()),
});
export type IssuedLinkView = z.infer<typeof issuedLinkView>;
