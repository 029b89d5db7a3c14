import { sql } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { conflict, forbidden } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hashPassword } from '../auth/passwords.ts';
import { parseCommandInput } from './parse-input.ts';
import { type CreateUserInput, createUserBody, type UserListView } from './schemas.ts';
import { toUserView } from './user-view.ts';

const duplicateEmail = () => conflict('A user with this e-mail already exists');

/**
 * Adds a user to the actor's workspace (owner only; the CLI passes a system actor).
 * E-mail addresses are unique across the deployment because login is by e-mail alone.
 */
export async function createUser(db: Db, actor: Actor, rawInput: CreateUserInput): Promise<UserListView> {
  if (!policies.manageUsers(actor)) throw forbidden('Only the owner can add users');
  const input = parseCommandInput(createUserBody, rawInput);
  const email = input.email;
  if (await emailTaken(db, email)) throw duplicateEmail();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ workspaceId: actor.workspaceId, email, name: input.name, role: input.role, passwordHash })
        .returning();
      if (!user) throw new Error('user insert returned nothing');
      const view = toUserView(user);
      await recordAudit(tx, actor, {
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        after: view,
      });
      return view;
    });
  } catch (error) {
    // Two requests for the same address at once: the unique index decides.
    if (isUniqueViolation(error)) throw duplicateEmail();
    throw error;
  }
}

async function emailTaken(db: Db, email: string): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  return rows.length > 0;
}

// pg and PGlite both report SQLSTATE 23505; drizzle may wrap the driver's error in `cause`.
function isUniqueViolation(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    if ((current as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
