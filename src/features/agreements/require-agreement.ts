import { and, eq } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden, notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { agreements } from '../../db/schema/index.ts';
import type { AgreementRow } from '../billing-shared/billing-inputs.ts';

/**
 * An agreement of the actor's workspace, or 404. With `forUpdate` the row stays locked
 * until the transaction ends, so two changes to one agreement take turns.
 */
export async function requireAgreement(
  db: Db,
  actor: Actor,
  id: string,
  options: { write?: boolean; forUpdate?: boolean } = {},
): Promise<AgreementRow> {
  const allowed = options.write ? policies.writeBilling(actor) : policies.seeBilling(actor);
  if (!allowed) throw forbidden('Billing is for the owner and staff');
  const query = db
    .select()
    .from(agreements)
    .where(and(eq(agreements.workspaceId, actor.workspaceId), eq(agreements.id, id)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Agreement');
  return row;
}
