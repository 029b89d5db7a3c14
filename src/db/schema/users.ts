import { sql } from 'drizzle-orm';
import { foreignKey, index, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, instant, workspaceId } from './columns.ts';
import { workspaces } from './workspaces.ts';

export const roleEnum = pgEnum('user_role', ['owner', 'staff', 'stand_in']);

export const users = pgTable(
  'users',
  {
    workspaceId: workspaceId().references(() => workspaces.id),
    id: id(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: roleEnum('role').notNull(),
    passwordHash: text('password_hash').notNull(),
    disabledAt: instant('disabled_at'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    // Login is by e-mail alone, so an address belongs to one user across the deployment.
    uniqueIndex('users_email_unique').on(sql`lower(${t.email})`),
  ],
);

/** Browser sessions. Only a hash of the cookie value is stored. */
export const sessions = pgTable(
  'sessions',
  {
    workspaceId: workspaceId(),
    id: id(),
    userId: uuid('user_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('sessions_token_hash_unique').on(t.tokenHash),
    foreignKey({
      columns: [t.workspaceId, t.userId],
      foreignColumns: [users.workspaceId, users.id],
    }).onDelete('cascade'),
  ],
);

/** API tokens for scripts (Authorization: Bearer). Only a hash is stored; the prefix identifies it in lists. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    workspaceId: workspaceId(),
    id: id(),
    userId: uuid('user_id').notNull(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    lastUsedAt: instant('last_used_at'),
    expiresAt: instant('expires_at'),
    revokedAt: instant('revoked_at'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('api_tokens_token_hash_unique').on(t.tokenHash),
    index('api_tokens_user').on(t.workspaceId, t.userId),
    foreignKey({
      columns: [t.workspaceId, t.userId],
      foreignColumns: [users.workspaceId, users.id],
    }).onDelete('cascade'),
  ],
);
