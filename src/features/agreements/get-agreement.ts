import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { loadBillingInputs, nextUnbilledPeriod } from '../billing-shared/billing-inputs.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';
import { toAgreementViews } from './agreement-views.ts';
import { previewPeriods } from './preview-periods.ts';
import { requireAgreement } from './require-agreement.ts';
import type { AgreementView, PreviewView } from './schemas.ts';

export async function getAgreement(db: Db, actor: Actor, id: string): Promise<AgreementView> {
  const row = await requireAgreement(db, actor, id);
  const [view] = await toAgreementViews(
    db,
    actor.workspaceId,
    [row],
    await workspaceCurrency(db, actor.workspaceId),
  );
  if (!view) throw new Error('agreement view missing');
  return view;
}

/** The next `count` periods' invoices (or why a period has none), from the billing core. */
export async function previewAgreement(
  db: Db,
  actor: Actor,
  id: string,
  query: { fromPeriod?: number | undefined; count: number },
): Promise<PreviewView> {
  const row = await requireAgreement(db, actor, id);
  const currency = await workspaceCurrency(db, actor.workspaceId);
  const [inputs] = await loadBillingInputs(db, actor.workspaceId, [row], currency);
  if (!inputs) throw new Error('billing inputs missing');
  const periods = previewPeriods(inputs, query.fromPeriod ?? nextUnbilledPeriod(inputs), query.count);
  return {
    agreementId: row.id,
    currency,
    periods,
    totalMinor: periods.reduce((sum, period) => sum + period.totalMinor, 0),
  };
}
