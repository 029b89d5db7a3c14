import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { apiTokens } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { TokenView } from './schemas.ts';
import { toTokenView } from './token-view.ts';

/**
 * Revokes one of the actor's own tokens; from then on it authenticates nothing. Revoking
 * a revoked token changes nothing. Someone else's token is not found.
 */
export async function revokeApiToken(db: Db, actor: Actor, id: string, now: Date): Promise<TokenView> {
  if (!actor.userId) throw notFound('API token');
  const userId = actor.userId;
  return db.transaction(async (tx) => {
    const mine = and(
      eq(apiTokens.workspaceId, actor.workspaceId),
      eq(apiTokens.id, id),
      eq(apiTokens.userId, userId),
    );
    const [before] = await tx.select().from(apiTokens).where(mine).for('update');
    if (!before) throw notFound('API token');
    if (before.revokedAt) return toTokenView(before);
    const [after] = await tx.update(apiTokens).set({ revokedAt: now }).where(mine).returning();
    if (!after) throw notFound('API token');
    await recordAudit(tx, actor, {
      action: 'api_token.revoke',
      entityType: 'api_token',
      entityId: id,
      before: toTokenView(before),
      after: toTokenView(after),
    });
    return toTokenView(after);
  });
}
