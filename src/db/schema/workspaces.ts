import { jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { ResponsePolicy } from '../../core/callbacks/response-policy.ts';
import { createdAt } from './columns.ts';

export const workspaces = pgTable('workspaces', {
  // The workspace row is its own distribution key.
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  currency: text('currency').notNull().default('USD'),
  timezone: text('timezone').notNull().default('UTC'),
  responsePolicy: jsonb('response_policy').$type<ResponsePolicy>().notNull(),
  createdAt: createdAt(),
});
