import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { Channel } from '../../core/interactions/channels.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';

/** An affected client with what telling them a date needs. */
export interface ClientToTellRow {
  clientId: string;
  name: string;
  kind: 'person' | 'business';
  email: string | null;
  channel: Channel;
  toldPromisedOn: string | null;
}

/**
 * Affected clients (not removed) of a disruption in name order: those whose last-told
 * promise is not `promisedOn`, or, with `clientIds`, exactly those clients whatever they
 * were told.
 */
export function selectClientsToTell(
  db: Db,
  actor: Actor,
  disruptionId: string,
  filter: { notTold: string } | { clientIds: readonly string[] },
): Promise<ClientToTellRow[]> {
  const where: SQL =
    'notTold' in filter
      ? sql`dc.told_promised_on is distinct from ${filter.notTold}::date`
      : sql`dc.client_id = any(${sql.param([...new Set(filter.clientIds)])}::uuid[])`;
  return queryRows<ClientToTellRow>(
    db,
    sql`select dc.client_id as "clientId", c.name, c.kind, c.email, dc.channel,
          dc.told_promised_on::text as "toldPromisedOn"
        from disruption_clients dc
        join clients c on c.workspace_id = dc.workspace_id and c.id = dc.client_id
        where dc.workspace_id = ${actor.workspaceId} and dc.disruption_id = ${disruptionId}
          and dc.removed_at is null and ${where}
        order by lower(c.name), dc.client_id`,
  );
}

/** The public part of a row: what a response lists. */
export function toClientToTell({ clientId, name, channel, toldPromisedOn }: ClientToTellRow) {
  return { clientId, name, channel, toldPromisedOn };
}
