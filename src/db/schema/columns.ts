import { bigint, timestamp, uuid } from 'drizzle-orm/pg-core';
import { uuidv7 } from 'uuidv7';

/** Every table leads with the workspace, so a deployment can distribute rows by it. */
export const workspaceId = () => uuid('workspace_id').notNull();

/** Time-ordered ids keep b-tree inserts local and give a stable tie-break for cursors. */
export const id = () =>
  uuid('id')
    .notNull()
    .$defaultFn(() => uuidv7());

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Money columns: integer minor units, read as JS numbers (every amount is a safe integer). */
export const minor = (name: string) => bigint(name, { mode: 'number' });
