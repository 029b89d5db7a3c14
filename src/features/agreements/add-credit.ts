import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden, refused } from '../../core/errors/app-error.ts';
import { postCredit } from '../../core/ledger/post-credit.ts';
import type { Db } from '../../db/connect.ts';
import { credits } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadBillingInputs, nextUnbilledPeriod } from '../billing-shared/billing-inputs.ts';
import { requirePosted } from '../billing-shared/posting.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';
import { writeJournal } from '../billing-shared/write-journal.ts';
import { workspaceToday } from '../tasks/workspace-today.ts';
import { viewOf } from './add-adjustment.ts';
import { requireAgreement } from './require-agreement.ts';
import type { AgreementView, CreditInput } from './schemas.ts';

/**
 * Grants a service credit on an agreement (owner): its cost is booked now, and the next
 * invoices take it off until it is spent. A thank-you after a disruption comes this way.
 */
export async function addCredit(
  db: Db,
  actor: Actor,
  agreementId: string,
  input: CreditInput,
  now: Date,
  source: { kind: string; id: string } | null = null,
): Promise<AgreementView> {
  if (!policies.managePlans(actor)) throw forbidden('Only the owner grants credits');
  return db.transaction(async (tx) => {
    const row = await requireAgreement(tx, actor, agreementId, { write: true, forUpdate: true });
    if (row.status === 'cancelled') throw refused('The agreement is cancelled');
    const currency = await workspaceCurrency(tx, actor.workspaceId);
    const [inputs] = await loadBillingInputs(tx, actor.workspaceId, [row], currency);
    if (!inputs) throw new Error('billing inputs missing');
    const fromPeriod = input.fromPeriod ?? nextUnbilledPeriod(inputs);
    if (fromPeriod < nextUnbilledPeriod(inputs)) {
      throw refused('That period is already invoiced', [{ path: 'fromPeriod', message: 'Already invoiced' }]);
    }
    const [credit] = await tx
      .insert(credits)
      .values({
        workspaceId: actor.workspaceId,
        agreementId,
        amountMinor: input.amountMinor,
        fromPeriod,
        description: input.description,
        sourceKind: source?.kind ?? null,
        sourceId: source?.id ?? null,
        createdByUserId: actor.userId,
      })
      .returning();
    if (!credit) throw new Error('credit insert returned nothing');
    const entry = requirePosted(
      postCredit({
        kind: 'grant',
        id: credit.id,
        clientId: row.clientId,
        postedOn: await workspaceToday(tx, actor.workspaceId, now),
        amountMinor: credit.amountMinor,
        reason: 'goodwill',
      }),
    );
    await writeJournal(tx, actor.workspaceId, [entry]);
    await recordAudit(tx, actor, {
      action: 'credit.grant',
      entityType: 'agreement',
      entityId: agreementId,
      after: credit,
    });
    return viewOf(tx, actor, agreementId);
  });
}
