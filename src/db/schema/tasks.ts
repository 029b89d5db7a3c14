import { sql } from 'drizzle-orm';
import { date, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { clients } from './clients.ts';
import { createdAt, id, instant, workspaceId } from './columns.ts';
import { users } from './users.ts';

export const tasks = pgTable(
  'tasks',
  {
    workspaceId: workspaceId(),
    id: id(),
    title: text('title').notNull(),
    notes: text('notes'),
    clientId: uuid('client_id'),
    assigneeUserId: uuid('assignee_user_id'),
    dueOn: date('due_on', { mode: 'string' }),
    doneAt: instant('done_at'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('tasks_open_due').on(t.workspaceId, t.dueOn).where(sql`done_at is null`),
    index('tasks_client').on(t.workspaceId, t.clientId),
    foreignKey({ columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }),
    foreignKey({ columns: [t.workspaceId, t.assigneeUserId], foreignColumns: [users.workspaceId, users.id] }),
  ],
);
