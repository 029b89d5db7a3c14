import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { decodeCursor, encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { apiTokens } from '../../db/schema/index.ts';
import type { ListTokensQuery, TokenView } from './schemas.ts';
import { toTokenView } from './token-view.ts';

const cursorKey = z.tuple([z.uuid()]);

/** The actor's own tokens, newest first (ids are time-ordered), revoked ones included. */
export async function listApiTokens(
  db: Db,
  actor: Actor,
  query: ListTokensQuery,
): Promise<{ items: TokenView[]; nextCursor: string | null }> {
  if (!actor.userId) return { items: [], nextCursor: null };
  const where: (SQL | undefined)[] = [
    eq(apiTokens.workspaceId, actor.workspaceId),
    eq(apiTokens.userId, actor.userId),
  ];
  if (query.cursor) where.push(lt(apiTokens.id, readCursor(query.cursor)));
  const rows = await db
    .select()
    .from(apiTokens)
    .where(and(...where))
    .orderBy(desc(apiTokens.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toTokenView),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.id]) : null,
  };
}

function readCursor(cursor: string): string {
  const key = cursorKey.safeParse(decodeCursor(cursor, 1));
  if (key.success) return key.data[0];
  throw new AppError('invalid_input', 'The cursor is not one this API gave out', [
    { path: 'cursor', message: 'Invalid cursor' },
  ]);
}
