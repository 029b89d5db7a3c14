import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { clientAssignments } from '../../db/schema/index.ts';

/**
 * Ends the client access a disruption gave its stand-ins — when it is resolved, or when
 * clients leave it. Assignments made outside the disruption are left alone.
 */
export async function endStandInAssignments(
  tx: Db,
  workspaceId: string,
  disruptionId: string,
  clientIds?: readonly string[],
): Promise<void> {
  const conditions: SQL[] = [
    eq(clientAssignments.workspaceId, workspaceId),
    eq(clientAssignments.disruptionId, disruptionId),
  ];
  if (clientIds) {
    if (clientIds.length === 0) return;
    conditions.push(inArray(clientAssignments.clientId, [...clientIds]));
  }
  await tx.delete(clientAssignments).where(and(...conditions));
}
