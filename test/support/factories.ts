import { eq } from 'drizzle-orm';
import type { Role } from '../../src/core/auth/actor.ts';
import type { Db } from '../../src/db/connect.ts';
import { clientAssignments, clients, users } from '../../src/db/schema/index.ts';
import { hashPassword } from '../../src/features/auth/passwords.ts';

let sequence = 0;
const next = () => ++sequence;

/** Inserts a client straight into the database (for tests of other features). */
export async function insertClient(
  db: Db,
  workspaceId: string,
  overrides: Partial<typeof clients.$inferInsert> = {},
) {
  const n = next();
  const [client] = await db
    .insert(clients)
    .values({
      workspaceId,
      name: `Client ${n}`,
      email: `client${n}@example.com`,
      since: '2025-01-15',
      ...overrides,
    })
    .returning();
  if (!client) throw new Error('insertClient returned nothing');
  return client;
}

/** Inserts a user with a known password; sign in with `signIn(t, user.email, password)`. */
export async function insertUser(
  db: Db,
  workspaceId: string,
  role: Role,
  overrides: Partial<typeof users.$inferInsert> = {},
) {
  const n = next();
  const password = `password-${n}-long-enough`;
  const [user] = await db
    .insert(users)
    .values({
      workspaceId,
      email: `user${n}@example.com`,
      name: `User ${n}`,
      role,
      passwordHash: await hashPassword(password),
      ...overrides,
    })
    .returning();
  if (!user) throw new Error('insertUser returned nothing');
  return { user, password };
}

export async function assignClient(db: Db, workspaceId: string, clientId: string, userId: string) {
  await db.insert(clientAssignments).values({ workspaceId, clientId, userId });
}

export async function workspaceIdOf(db: Db, email: string): Promise<string> {
  const [user] = await db
    .select({ workspaceId: users.workspaceId })
    .from(users)
    .where(eq(users.email, email));
  if (!user) throw new Error(`no user ${email}`);
  return user.workspaceId;
}
