import type { Actor } from '../../core/auth/actor.ts';
import { refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { requireAgreement } from '../agreements/require-agreement.ts';
import { type BillingInputs, loadBillingInputs } from '../billing-shared/billing-inputs.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';

/**
 * The agreement an offer adjusts, with its billing inputs: it must exist and still run.
 * With `forUpdate` it stays locked until the transaction ends (an offer accepted and a
 * billing change made at once take turns).
 */
export async function loadOfferAgreement(
  db: Db,
  actor: Actor,
  agreementId: string | null,
  options: { forUpdate?: boolean; allowCancelled?: boolean } = {},
): Promise<{ inputs: BillingInputs; currency: string }> {
  if (!agreementId) {
    throw refused('The case has no agreement to adjust: choose one first', [
      { path: 'agreementId', message: 'Set the case’s agreement' },
    ]);
  }
  const row = await requireAgreement(db, actor, agreementId, {
    write: options.forUpdate ?? false,
    forUpdate: options.forUpdate ?? false,
  });
  if (row.status === 'cancelled' && !options.allowCancelled) {
    throw refused('The agreement is cancelled: no offer can change it');
  }
  const currency = await workspaceCurrency(db, actor.workspaceId);
  const [inputs] = await loadBillingInputs(db, actor.workspaceId, [row], currency);
  if (!inputs) throw new Error('billing inputs missing');
  return { inputs, currency };
}
