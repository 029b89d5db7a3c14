import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Actor, Role } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { apiTokens, sessions, users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { decoyPasswordHash, verifyPassword } from './passwords.ts';
import { hashToken, newSecretToken } from './secret-tokens.ts';

export const SESSION_DAYS = 14;

export interface AuthenticatedUser {
  actor: Actor;
  user: { id: string; email: string; name: string; role: Role };
}

const invalidLogin = () => new AppError('unauthenticated', 'E-mail or password is not right');

/** Checks the password and opens a session. Returns the cookie value; only its hash is stored. */
export async function login(db: Db, email: string, password: string, now = new Date()) {
  const [user] = await db
    .select()
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email.toLowerCase()}`, isNull(users.disabledAt)))
    .limit(1);
  if (!user) {
    await verifyPassword(await decoyPasswordHash(), password);
    throw invalidLogin();
  }
  if (!(await verifyPassword(user.passwordHash, password))) throw invalidLogin();

  const token = newSecretToken('rs');
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db.transaction(async (tx) => {
    await tx
      .insert(sessions)
      .values({ workspaceId: user.workspaceId, userId: user.id, tokenHash: hashToken(token), expiresAt });
    await recordAudit(tx, actorOf(user), {
      action: 'user.login',
      entityType: 'user',
      entityId: user.id,
    });
  });
  return { token, expiresAt, user: publicUser(user) };
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Resolves a session cookie to its user, or null when missing, expired or the user is disabled. */
export async function authenticateSession(db: Db, token: string, now = new Date()) {
  const [row] = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, and(eq(users.workspaceId, sessions.workspaceId), eq(users.id, sessions.userId)))
    .where(
      and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now), isNull(users.disabledAt)),
    )
    .limit(1);
  return row ? toAuthenticated(row.user) : null;
}

/** Resolves a bearer API token, or null when unknown, revoked or expired. */
export async function authenticateApiToken(db: Db, token: string, now = new Date()) {
  const [row] = await db
    .select({ user: users, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, and(eq(users.workspaceId, apiTokens.workspaceId), eq(users.id, apiTokens.userId)))
    .where(
      and(
        eq(apiTokens.tokenHash, hashToken(token)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        isNull(users.disabledAt),
      ),
    )
    .limit(1);
  if (!row) return null;
  // Touch at most once a minute: a write on every request would halve API throughput.
  if (row.lastUsedAt && now.getTime() - row.lastUsedAt.getTime() < 60_000) return toAuthenticated(row.user);
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.workspaceId, row.user.workspaceId), eq(apiTokens.id, row.tokenId)));
  return toAuthenticated(row.user);
}

type UserRow = typeof users.$inferSelect;

export function actorOf(user: UserRow): Actor {
  return { workspaceId: user.workspaceId, userId: user.id, role: user.role, label: user.name };
}

export function publicUser(user: UserRow) {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

function toAuthenticated(user: UserRow): AuthenticatedUser {
  return { actor: actorOf(user), user: publicUser(user) };
}
