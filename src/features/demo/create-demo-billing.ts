import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { DemoClient, DemoPlan, DemoUserKey } from '../../core/demo/demo-plan.ts';
import type { Db } from '../../db/connect.ts';
import { invoices } from '../../db/schema/index.ts';
import { addAdjustment } from '../agreements/add-adjustment.ts';
import { addCredit } from '../agreements/add-credit.ts';
import { cancelAgreement } from '../agreements/cancel-agreement.ts';
import { createAgreement } from '../agreements/create-agreement.ts';
import {
  adjustmentBody,
  cancelAgreementBody,
  createAgreementBody,
  creditBody,
} from '../agreements/schemas.ts';
import { runBilling } from '../billing-runs/run-billing.ts';
import { recordPayment } from '../payments/record-payment.ts';
import { recordPaymentBody } from '../payments/schemas.ts';
import { createPlan } from '../plans/create-plan.ts';
import { createPlanBody } from '../plans/schemas.ts';
import { parseCommandInput } from '../users/parse-input.ts';

export interface DemoBillingContext {
  plan: DemoPlan;
  actors: Record<DemoUserKey, Actor>;
  /** The created clients' ids, in the plan's order. */
  clientIds: string[];
  now: Date;
  /** Called after each agreement and each payment. */
  step: () => void;
}

/**
 * Writes the plan's billing side through the same commands and schemas as the API: the
 * owner sets the price list, each client's owner signs its agreement, the owner grants
 * the save desk's adjustments and credit, runs billing through today, and the team records
 * the payments, each against the invoice it pays.
 */
export async function createDemoBilling(tx: Db, context: DemoBillingContext): Promise<void> {
  const { plan, actors, clientIds, now, step } = context;
  const { billing } = plan;
  const owner = actors.owner;
  const planIds: string[] = [];
  for (const price of billing.plans) {
    planIds.push((await createPlan(tx, owner, parseCommandInput(createPlanBody, price))).id);
  }

  const agreementIds: string[] = [];
  for (const agreement of billing.agreements) {
    const signedBy = actors[(plan.clients[agreement.client] as DemoClient).owner];
    const { id } = await createAgreement(
      tx,
      signedBy,
      parseCommandInput(createAgreementBody, {
        clientId: clientIds[agreement.client],
        planId: planIds[agreement.plan],
        startsOn: agreement.startsOn,
        termEnd: agreement.termEnd,
      }),
    );
    agreementIds.push(id);
    for (const adjustment of agreement.adjustments) {
      await addAdjustment(tx, owner, id, parseCommandInput(adjustmentBody, adjustment));
    }
    if (agreement.credit) {
      const { grantedAt, ...credit } = agreement.credit;
      await addCredit(tx, owner, id, parseCommandInput(creditBody, credit), grantedAt);
    }
    if (agreement.cancellation) {
      await cancelAgreement(
        tx,
        signedBy,
        id,
        parseCommandInput(cancelAgreementBody, agreement.cancellation),
        now,
      );
    }
    step();
  }

  await runBilling(tx, owner, {}, now);
  const invoiceIds = await matchInvoices(tx, owner.workspaceId, plan, agreementIds);
  const clientOf = (invoiceIndex: number) => {
    const agreement = billing.agreements[billing.invoices[invoiceIndex]?.agreement ?? -1];
    const client = agreement && plan.clients[agreement.client];
    if (!agreement || !client) throw new Error(`demo payment of unknown invoice ${invoiceIndex}`);
    return { id: clientIds[agreement.client], owner: client.owner };
  };
  for (const { invoice, ...payment } of billing.payments) {
    const client = clientOf(invoice);
    const input = parseCommandInput(recordPaymentBody, {
      ...payment,
      clientId: client.id,
      allocations: [{ invoiceId: invoiceIds[invoice], amountMinor: payment.amountMinor }],
    });
    await recordPayment(tx, actors[client.owner], input, now);
    step();
  }
}

/**
 * The ids of the invoices the billing run issued, in the plan's order. The plan computed
 * them with the billing core; a difference here means the two disagree, which is a bug.
 */
async function matchInvoices(tx: Db, workspaceId: string, plan: DemoPlan, agreementIds: string[]) {
  const rows = await tx
    .select({
      id: invoices.id,
      agreementId: invoices.agreementId,
      periodIndex: invoices.periodIndex,
      totalMinor: invoices.totalMinor,
    })
    .from(invoices)
    .where(eq(invoices.workspaceId, workspaceId));
  const byKey = new Map(rows.map((row) => [`${row.agreementId}/${row.periodIndex}`, row]));
  const planned = plan.billing.invoices;
  const ids = planned.map((invoice) => {
    const row = byKey.get(`${agreementIds[invoice.agreement]}/${invoice.periodIndex}`);
    if (row?.totalMinor !== invoice.totalMinor) {
      throw new Error(
        `The billing run and the demo plan disagree on agreement ${invoice.agreement}, period ${invoice.periodIndex}`,
      );
    }
    return row.id;
  });
  if (rows.length !== planned.length) {
    throw new Error(
      `The billing run issued ${rows.length} invoices; the demo plan expects ${planned.length}`,
    );
  }
  return ids;
}
