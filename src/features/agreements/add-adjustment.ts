import { uuidv7 } from 'uuidv7';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { type Adjustment, validateAdjustment } from '../../core/billing/index.ts';
import { forbidden, refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { adjustments } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadBillingInputs, nextUnbilledPeriod } from '../billing-shared/billing-inputs.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';
import { toAgreementViews } from './agreement-views.ts';
import { requireAgreement } from './require-agreement.ts';
import type { AdjustmentInput, AgreementView } from './schemas.ts';

export interface AdjustmentSource {
  kind: string;
  id: string;
}

/**
 * Stores an adjustment after the billing core has checked it against the agreement and
 * the adjustments already there. Issued invoices are never edited, so an adjustment may
 * only start at a period not yet invoiced. Owner only here; the save desk grants offers
 * within the owner's policy through its own command, which calls `storeAdjustment`.
 */
export async function addAdjustment(
  db: Db,
  actor: Actor,
  agreementId: string,
  input: AdjustmentInput,
): Promise<AgreementView> {
  if (!policies.managePlans(actor)) throw forbidden('Only the owner adjusts billing directly');
  return db.transaction(async (tx) => {
    await storeAdjustment(tx, actor, agreementId, input, null);
    return viewOf(tx, actor, agreementId);
  });
}

/** Validates and writes one adjustment in the caller's transaction; returns its id. */
export async function storeAdjustment(
  db: Db,
  actor: Actor,
  agreementId: string,
  input: AdjustmentInput | { kind: 'cancellation'; fromPeriod: number; reason?: string | null | undefined },
  source: AdjustmentSource | null,
): Promise<string> {
  const row = await requireAgreement(db, actor, agreementId, { write: true, forUpdate: true });
  if (row.status === 'cancelled') throw refused('The agreement is cancelled');
  const currency = await workspaceCurrency(db, actor.workspaceId);
  const [inputs] = await loadBillingInputs(db, actor.workspaceId, [row], currency);
  if (!inputs) throw new Error('billing inputs missing');
  const firstOpen = nextUnbilledPeriod(inputs);
  if (input.fromPeriod < firstOpen) {
    throw refused(
      `Period ${input.fromPeriod} is already invoiced; adjustments start at period ${firstOpen} or later`,
      [{ path: 'fromPeriod', message: `Must be ${firstOpen} or later` }],
    );
  }
  const { reason, ...terms } = input;
  const candidate = { ...terms, id: uuidv7() } as Adjustment;
  const problems = validateAdjustment(inputs.agreement, inputs.adjustments, candidate);
  if (problems.length > 0) throw refused(problems[0]?.message ?? 'The adjustment is refused', problems);

  const { id, kind, fromPeriod, ...rest } = candidate;
  const [stored] = await db
    .insert(adjustments)
    .values({
      workspaceId: actor.workspaceId,
      id,
      agreementId,
      kind,
      fromPeriod,
      terms: rest,
      reason: reason ?? null,
      sourceKind: source?.kind ?? null,
      sourceId: source?.id ?? null,
      createdByUserId: actor.userId,
    })
    .returning();
  await recordAudit(db, actor, {
    action: `adjustment.${kind}`,
    entityType: 'agreement',
    entityId: agreementId,
    after: stored,
  });
  return id;
}

export async function viewOf(db: Db, actor: Actor, agreementId: string): Promise<AgreementView> {
  const row = await requireAgreement(db, actor, agreementId);
  const [view] = await toAgreementViews(
    db,
    actor.workspaceId,
    [row],
    await workspaceCurrency(db, actor.workspaceId),
  );
  if (!view) throw new Error('agreement view missing');
  return view;
}
