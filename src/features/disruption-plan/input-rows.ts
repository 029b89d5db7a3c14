import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { clients, disruptionInputs, users } from '../../db/schema/index.ts';
import { visibleClientCondition } from '../clients/visibility.ts';
import type { InputView } from './schemas.ts';

export const createdMs = sql`date_trunc('milliseconds', ${disruptionInputs.createdAt})`;

/** Clients' input, newest first, on clients the actor may act on in the input's disruption. */
export async function selectInputs(db: Db, actor: Actor, where: (SQL | undefined)[], limit: number) {
  const rows = await db
    .select({ input: disruptionInputs, clientName: clients.name, authorName: users.name })
    .from(disruptionInputs)
    .innerJoin(
      clients,
      and(eq(clients.workspaceId, disruptionInputs.workspaceId), eq(clients.id, disruptionInputs.clientId)),
    )
    .leftJoin(
      users,
      and(
        eq(users.workspaceId, disruptionInputs.workspaceId),
        eq(users.id, disruptionInputs.createdByUserId),
      ),
    )
    .where(
      and(
        eq(disruptionInputs.workspaceId, actor.workspaceId),
        visibleClientCondition(actor, sql`${disruptionInputs.clientId}`),
        policies.seesAllClients(actor)
          ? undefined
          : sql`exists (select 1 from disruption_clients dc where dc.workspace_id = ${disruptionInputs.workspaceId}
              and dc.disruption_id = ${disruptionInputs.disruptionId} and dc.client_id = ${disruptionInputs.clientId}
              and dc.stand_in_user_id = ${actor.userId} and dc.removed_at is null)`,
        ...where,
      ),
    )
    // Milliseconds, as the cursor carries them: rows stored by the database clock have microseconds.
    .orderBy(desc(createdMs), desc(disruptionInputs.id))
    .limit(limit);
  return rows.map(
    ({ input, clientName, authorName }): InputView => ({
      id: input.id,
      client: { id: input.clientId, name: clientName },
      source: input.source,
      body: input.body,
      wantsCall: input.wantsCall,
      interactionId: input.interactionId,
      callbackId: input.callbackId,
      createdBy: input.createdByUserId && authorName ? { id: input.createdByUserId, name: authorName } : null,
      createdAt: input.createdAt.toISOString(),
    }),
  );
}
