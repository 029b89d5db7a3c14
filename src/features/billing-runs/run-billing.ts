import { and, asc, count, eq, gt, lte, sql } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { addDays } from '../../core/calendar/today-in.ts';
import { forbidden, refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { agreements, billingRuns } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadBillingInputs } from '../billing-shared/billing-inputs.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';
import { workspaceToday } from '../tasks/workspace-today.ts';
import { missingInvoices } from './bill-agreement.ts';
import { toBillingRunView } from './billing-run-view.ts';
import type { BillingRunView } from './schemas.ts';
import { type InvoiceToWrite, lockInvoiceCounter, writeInvoices } from './write-invoices.ts';

/** Agreements per transaction: big enough to amortise round trips, small enough to keep memory flat. */
export const BILLING_BATCH_SIZE = 1_000;
/** Billing in advance is fine; billing years ahead is a typo. */
const MAX_DAYS_AHEAD = 366;

export interface BillingProgress {
  agreementsDone: number;
  agreementsTotal: number;
  invoicesCreated: number;
}

export interface RunBillingOptions {
  /** Bill every period starting on or before this date ('YYYY-MM-DD'); default the workspace's today. */
  through?: string | undefined;
  /** Called after each committed batch (the CLI draws its progress bar from it). */
  onProgress?: (progress: BillingProgress) => void;
  /** Agreements per transaction; tests make it small to kill a run between batches. */
  batchSize?: number;
}

/**
 * Creates every invoice due through `through` that does not exist yet (DESIGN.md,
 * Billing rules), and records the run.
 *
 * Safe to repeat, to run twice at once and to kill: agreements are walked in id order a
 * batch at a time, and each batch is one transaction that first takes the workspace's
 * invoice counter and only then reads which invoices exist — so a concurrent run waits,
 * then sees what the other wrote and skips it; a killed run loses only its open batch,
 * which the next run bills. The database's unique index on (agreement, period) for live
 * invoices stands behind all of this. Memory holds one batch, whatever the size.
 */
export async function runBilling(
  db: Db,
  actor: Actor,
  options: RunBillingOptions,
  now: Date,
): Promise<BillingRunView> {
  if (!policies.runBilling(actor)) throw forbidden('Only the owner runs billing');
  const today = await workspaceToday(db, actor.workspaceId, now);
  const through = options.through ?? today;
  if (through > addDays(today, MAX_DAYS_AHEAD)) {
    throw refused(
      `A billing run may reach at most ${MAX_DAYS_AHEAD} days ahead (through ${addDays(today, MAX_DAYS_AHEAD)})`,
      [{ path: 'through', message: 'Too far in the future' }],
    );
  }
  const currency = await workspaceCurrency(db, actor.workspaceId);
  const [run] = await db
    .insert(billingRuns)
    .values({
      workspaceId: actor.workspaceId,
      throughDate: through,
      actorUserId: actor.userId,
      actorLabel: actor.label,
    })
    .returning();
  if (!run) throw new Error('billing run insert returned nothing');

  const inScope = and(eq(agreements.workspaceId, actor.workspaceId), lte(agreements.startsOn, through));
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(agreements).where(inScope);
  const progress: BillingProgress = { agreementsDone: 0, agreementsTotal: Number(total), invoicesCreated: 0 };
  let afterId: string | null = null;
  try {
    for (;;) {
      const batch = await db.transaction(async (tx) => {
        const lastNumber = await lockInvoiceCounter(tx, actor.workspaceId);
        const rows = await tx
          .select()
          .from(agreements)
          .where(afterId ? and(inScope, gt(agreements.id, afterId)) : inScope)
          .orderBy(asc(agreements.id))
          .limit(options.batchSize ?? BILLING_BATCH_SIZE);
        const toWrite: InvoiceToWrite[] = [];
        for (const inputs of await loadBillingInputs(tx, actor.workspaceId, rows, currency)) {
          for (const invoice of missingInvoices(inputs, through)) {
            toWrite.push({ agreementId: inputs.row.id, clientId: inputs.row.clientId, invoice });
          }
        }
        const written = await writeInvoices(tx, actor.workspaceId, lastNumber, toWrite, run.id);
        await tx
          .update(billingRuns)
          .set({
            heartbeatAt: sql`now()`,
            agreementsSeen: sql`${billingRuns.agreementsSeen} + ${rows.length}`,
            invoicesCreated: sql`${billingRuns.invoicesCreated} + ${toWrite.length}`,
            totalMinor: sql`${billingRuns.totalMinor} + ${written.totalMinor}`,
          })
          .where(and(eq(billingRuns.workspaceId, actor.workspaceId), eq(billingRuns.id, run.id)));
        return {
          seen: rows.length,
          lastId: rows.at(-1)?.id ?? null,
          created: toWrite.length,
          totalMinor: written.totalMinor,
        };
      });
      if (batch.seen === 0 || !batch.lastId) break;
      afterId = batch.lastId;
      progress.agreementsDone += batch.seen;
      progress.invoicesCreated += batch.created;
      options.onProgress?.({ ...progress });
    }
  } catch (error) {
    await db
      .update(billingRuns)
      .set({
        status: 'failed',
        finishedAt: sql`now()`,
        error: error instanceof Error ? error.message : String(error),
      })
      .where(and(eq(billingRuns.workspaceId, actor.workspaceId), eq(billingRuns.id, run.id)));
    throw error;
  }
  const [finished] = await db
    .update(billingRuns)
    .set({ status: 'finished', finishedAt: sql`now()`, heartbeatAt: sql`now()` })
    .where(and(eq(billingRuns.workspaceId, actor.workspaceId), eq(billingRuns.id, run.id)))
    .returning();
  if (!finished) throw new Error('billing run vanished');
  await recordAudit(db, actor, {
    action: 'billing.run',
    entityType: 'billing_run',
    entityId: run.id,
    after: { through, agreementsSeen: finished.agreementsSeen, invoicesCreated: finished.invoicesCreated },
  });
  return toBillingRunView(finished, currency, now);
}
