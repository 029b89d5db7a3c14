import type { clientPageLinks } from '../../db/schema/index.ts';
import type { LinkState, LinkView } from './schemas.ts';

export type LinkRow = typeof clientPageLinks.$inferSelect;

/** Revoked wins over expired: a revoked link was ended on purpose. */
export function linkState(row: Pick<LinkRow, 'revokedAt' | 'expiresAt'>, now: Date): LinkState {
  if (row.revokedAt) return 'revoked';
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active';
}

export function toLinkView(row: LinkRow, now: Date): LinkView {
  return {
    id: row.id,
    clientId: row.clientId,
    state: linkState(row, now),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastOpenedAt: row.lastOpenedAt?.toISOString() ?? null,
  };
}

/** What the audit log keeps of a link: everything but the token's hash. */
export function auditedLink(row: LinkRow) {
  const { tokenHash: _hash, ...rest } = row;
  return rest;
}
