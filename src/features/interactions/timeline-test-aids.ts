import { sql } from 'drizzle-orm';
import type { ApiClient } from '../../../test/support/test-app.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';

/** Test aid: the rows any timeline write would add or change. A refused request leaves all four alone. */
export async function timelineRowCounts(db: Db) {
  const [row] = await queryRows<{ interactions: number; callbacks: number; answered: number; audit: number }>(
    db,
    sql`select (select count(*)::int from interactions) as interactions,
               (select count(*)::int from callbacks) as callbacks,
               (select count(*)::int from callbacks where answered_at is not null) as answered,
               (select count(*)::int from audit_log) as audit`,
  );
  return row;
}

/** Test aid: logs an inbound call that asks for an answer (or whatever `extra` makes of it). */
export async function logRequest(caller: ApiClient, clientId: string, extra: Record<string, unknown> = {}) {
  const response = await caller.post(`/api/v1/clients/${clientId}/interactions`, {
    channel: 'call',
    direction: 'inbound',
    summary: 'Please call me back',
    ...extra,
  });
  if (response.status !== 201)
    throw new Error(`logging the request failed: ${JSON.stringify(response.body)}`);
  return response.body;
}
