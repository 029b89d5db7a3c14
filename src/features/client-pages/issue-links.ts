import { and, eq, isNull } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { insertRows } from '../../db/insert-rows.ts';
import { clientPageLinks } from '../../db/schema/index.ts';
import { hashToken, newSecretToken } from '../auth/secret-tokens.ts';

/** A client page link lives this long unless revoked; a new one can be issued any time. */
export const CLIENT_PAGE_LINK_DAYS = 90;

/** The path a client opens; the token is the only key (256 random bits). */
export const clientPagePath = (token: string) => `/c/${token}`;

/**
 * Issues one private page link per client for a disruption, inside the caller's
 * transaction. Only the hashes are stored, so the returned tokens are the one chance to
 * put them in a message or show them; they map client id → token.
 */
export async function issueClientPageLinks(
  tx: Db,
  actor: Actor,
  disruptionId: string,
  clientIds: readonly string[],
  now: Date,
): Promise<Map<string, string>> {
  const tokens = new Map(clientIds.map((clientId) => [clientId, newSecretToken('cp')]));
  const expiresAt = new Date(now.getTime() + CLIENT_PAGE_LINK_DAYS * 86_400_000).toISOString();
  await insertRows(
    tx,
    'client_page_links',
    [
      { name: 'workspace_id', type: 'uuid', value: () => actor.workspaceId },
      { name: 'id', type: 'uuid', value: () => uuidv7() },
      { name: 'disruption_id', type: 'uuid', value: () => disruptionId },
      { name: 'client_id', type: 'uuid', value: ([clientId]) => clientId },
      { name: 'token_hash', type: 'text', value: ([, token]) => hashToken(token) },
      { name: 'expires_at', type: 'timestamptz', value: () => expiresAt },
      { name: 'created_by_user_id', type: 'uuid', value: () => actor.userId },
      { name: 'created_at', type: 'timestamptz', value: () => now.toISOString() },
    ],
    [...tokens],
  );
  return tokens;
}

/**
 * Revokes every live page link of one client in a disruption, inside the caller's
 * transaction; returns the links revoked, for the caller's audit.
 */
export async function revokeClientPageLinks(
  tx: Db,
  actor: Actor,
  disruptionId: string,
  clientId: string,
  now: Date,
) {
  return tx
    .update(clientPageLinks)
    .set({ revokedAt: now })
    .where(
      and(
        eq(clientPageLinks.workspaceId, actor.workspaceId),
        eq(clientPageLinks.disruptionId, disruptionId),
        eq(clientPageLinks.clientId, clientId),
        isNull(clientPageLinks.revokedAt),
      ),
    )
    .returning();
}
