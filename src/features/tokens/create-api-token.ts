import { and, eq, isNull } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { AppError, forbidden, notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { apiTokens, users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hashToken, newSecretToken } from '../auth/secret-tokens.ts';
import { parseCommandInput } from '../users/parse-input.ts';
import { type CreatedTokenView, type CreateTokenInput, createTokenBody } from './schemas.ts';

/** Enough of the token to recognise it in a list, far too little to guess the rest. */
const PREFIX_LENGTH = 10;

export interface CreateApiTokenInput extends CreateTokenInput {
  /**
   * Whose token it is; defaults to the actor. Only the owner (or the CLI's system actor)
   * may create a token for someone else.
   */
  userId?: string | undefined;
}

/** Creates an API token for scripts. The secret is returned once; only its hash is kept. */
export async function createApiToken(
  db: Db,
  actor: Actor,
  input: CreateApiTokenInput,
  now: Date = new Date(),
): Promise<CreatedTokenView> {
  const { name, expiresInDays } = parseCommandInput(createTokenBody, {
    name: input.name,
    expiresInDays: input.expiresInDays,
  });
  const userId = input.userId ?? actor.userId;
  if (!userId)
    throw new AppError('invalid_input', 'Say which user the token is for', [
      { path: 'userId', message: 'Required' },
    ]);
  if (userId !== actor.userId && !policies.manageUsers(actor)) throw forbidden();

  return db.transaction(async (tx) => {
    const [owner] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.workspaceId, actor.workspaceId), eq(users.id, userId), isNull(users.disabledAt)));
    if (!owner) throw notFound('User');

    const token = newSecretToken('rt');
    const expiresAt = expiresInDays ? new Date(now.getTime() + expiresInDays * 86_400_000) : null;
    const [row] = await tx
      .insert(apiTokens)
      .values({
        workspaceId: actor.workspaceId,
        userId,
        name,
        prefix: token.slice(0, PREFIX_LENGTH),
        tokenHash: hashToken(token),
        expiresAt,
      })
      .returning();
    if (!row) throw new Error('token insert returned nothing');
    const view = {
      id: row.id,
      name: row.name,
      prefix: row.prefix,
      expiresAt: row.expiresAt?.toISOString() ?? null,
    };
    await recordAudit(tx, actor, {
      action: 'api_token.create',
      entityType: 'api_token',
      entityId: row.id,
      after: { ...view, userId },
    });
    return { token, ...view };
  });
}
