// Test aids for `rapport demo`: the options every demo test runs with, the demo workspace
// built once per test file on a fresh database, and what the disruption's story adds to
// the plan's tasks. Not imported by the app.
import { createTestDatabase } from '../../../test/support/test-database.ts';
import type { DemoPlan } from '../../core/demo/demo-plan.ts';
import type { Database } from '../../db/connect.ts';
import type { DemoWorkspaceResult } from '../../features/demo/create-demo-workspace.ts';
import { captureIO } from '../cli-test-aids.ts';
import { runDemo } from './demo.ts';

export const NOW = new Date('2026-03-18T14:30:00Z');
export const OPTIONS = {
  seed: 5,
  now: NOW,
  timezone: 'UTC',
  email: 'me@example.com',
  password: 'demo password 123',
};

/** A fresh database with the demo run on it, and what the demo printed. */
export async function createDemo(): Promise<{
  database: Database;
  result: DemoWorkspaceResult;
  printed: string;
}> {
  const database = await createTestDatabase();
  const { io, out } = captureIO();
  const result = await runDemo(database.db, OPTIONS, io);
  return { database, result, printed: out() };
}

/**
 * What the disruption adds to the plan's tasks: an outreach task per affected client, due
 * the day it was declared and done when the client is reached (an outbound touch or the
 * outreach mail sent). The story reaches all but the clients it never mentions.
 */
export function outreachTasks(plan: DemoPlan) {
  const { clients, acts } = plan.disruption;
  const reached = new Set(
    acts.flatMap((act) =>
      (act.kind === 'touch' && act.direction === 'outbound') ||
      (act.kind === 'outbox' && act.action === 'mark_sent')
        ? [act.client]
        : [],
    ),
  );
  const open = clients.filter((client) => !reached.has(client)).length;
  return { open, done: clients.length - open };
}
