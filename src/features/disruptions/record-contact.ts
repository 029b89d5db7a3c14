import type { Db } from '../../db/connect.ts';

/**
 * Steps 1 and 2 bookkeeping when we reach clients (an outbound interaction logged, or a
 * message sent): for every active disruption they are affected by, the first contact is
 * recorded and its outreach task done, and the next update falls due by the cadence.
 * Runs inside the caller's transaction.
 */
export async function recordDisruptionContact(
  _tx: Db,
  _workspaceId: string,
  _clientIds: readonly string[],
  _at: Date,
): Promise<void> {
  // Being built with the disruptions feature.
}
