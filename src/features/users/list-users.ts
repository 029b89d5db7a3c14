import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { decodeCursor, encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { users } from '../../db/schema/index.ts';
import type { ListUsersQuery, UserListView } from './schemas.ts';
import { toUserView } from './user-view.ts';

const nameKey = sql<string>`lower(${users.name})`;
const cursorKey = z.tuple([z.string().max(200), z.uuid()]);

/** The workspace's people, by name, for everyone signed in (to assign tasks and clients). */
export async function listUsers(
  db: Db,
  actor: Actor,
  query: ListUsersQuery,
): Promise<{ items: UserListView[]; nextCursor: string | null }> {
  const where: (SQL | undefined)[] = [eq(users.workspaceId, actor.workspaceId)];
  if (query.cursor) {
    const [name, id] = readCursor(query.cursor);
    where.push(sql`(${nameKey}, ${users.id}) > (${name}, ${id}::uuid)`);
  }
  const rows = await db
    .select({ user: users, nameKey })
    .from(users)
    .where(and(...where))
    .orderBy(asc(nameKey), asc(users.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toUserView(row.user)),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.nameKey, last.user.id]) : null,
  };
}

function readCursor(cursor: string): [string, string] {
  const key = cursorKey.safeParse(decodeCursor(cursor, 2));
  if (key.success) return key.data;
  throw new AppError('invalid_input', 'The cursor is not one this API gave out', [
    { path: 'cursor', message: 'Invalid cursor' },
  ]);
}
