import { and, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden } from '../../core/errors/app-error.ts';
import {
  type CaseStatus,
  holidayPosition,
  type OfferKind,
  type SaveCaseSummary,
  saveFigures,
} from '../../core/saves/index.ts';
import type { Db } from '../../db/connect.ts';
import { inOrder } from '../../db/in-order.ts';
import { queryRows } from '../../db/query-rows.ts';
import { agreements, invoices, saveCases } from '../../db/schema/index.ts';
import { loadBillingInputs, nextUnbilledPeriod } from '../billing-shared/billing-inputs.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';
import { workspaceToday } from '../tasks/workspace-today.ts';
import type { FiguresQuery, SaveFiguresView } from './schemas.ts';

/**
 * The save desk's figures (issue, Figures): the save rate overall and by offer, the
 * deferred balance of holidays granted and how much came back, reductions active and
 * returned to full price. Cases are counted by the database, grouped by status and offer
 * kinds, so the core loops over a few rows whatever the number of cases; the holidays go
 * through the billing core, the only place that knows which periods pay them back.
 */
export async function getSaveFigures(
  db: Db,
  actor: Actor,
  query: FiguresQuery,
  now: Date,
): Promise<SaveFiguresView> {
  if (!policies.seeBilling(actor)) throw forbidden('Save figures are for the owner and staff');
  const ws = actor.workspaceId;
  const caseFilter = and(
    eq(saveCases.workspaceId, ws),
    query.from ? gte(saveCases.calledAt, query.from) : undefined,
    query.to ? lt(saveCases.calledAt, query.to) : undefined,
  ) as SQL;
  const today = await workspaceToday(db, ws, now);
  const [groups, holidays, settled, [reductions], currency] = await inOrder([
    () =>
      queryRows<{ status: CaseStatus; accepted: OfferKind[]; declined: OfferKind[]; n: number }>(
        db,
        sql`with per_case as (
            select save_cases.status::text as status,
              coalesce(array_agg(distinct o.kind::text) filter (where o.status = 'accepted'), '{}'::text[]) as accepted,
              coalesce(array_agg(distinct o.kind::text)
                filter (where o.status = 'declined' and not o.declined_with_outcome), '{}'::text[]) as declined
            from ${saveCases}
            left join save_offers o on o.workspace_id = save_cases.workspace_id and o.case_id = save_cases.id
            where ${caseFilter}
            group by save_cases.id, save_cases.status
          )
          select status, accepted, declined, count(*)::int as n from per_case group by status, accepted, declined`,
      ),
    () =>
      queryRows<{ agreement_id: string; adjustment_id: string }>(
        db,
        sql`select o.agreement_id, o.adjustment_id from save_offers o
          join ${saveCases} on save_cases.workspace_id = o.workspace_id and save_cases.id = o.case_id
          where ${caseFilter} and o.kind = 'holiday' and o.status = 'accepted'`,
      ),
    () =>
      queryRows<{ kind: 'bill' | 'waive'; amount: string }>(
        db,
        sql`select deferred_settlement::text as kind, sum(deferred_settled_minor)::bigint as amount
          from ${saveCases} where ${caseFilter} and deferred_settlement is not null group by deferred_settlement`,
      ),
    () =>
      queryRows<{ upcoming: number; active: number; returned: number; cut: number }>(
        db,
        sql`select
            count(*) filter (where not r.cut and r.starts_on > ${today}::date)::int as upcoming,
            count(*) filter (where not r.cut and r.starts_on <= ${today}::date and r.ends_on >= ${today}::date)::int as active,
            count(*) filter (where not r.cut and r.ends_on < ${today}::date)::int as returned,
            count(*) filter (where r.cut)::int as cut
          from (
            select o.starts_on, o.ends_on, exists (
              select 1 from adjustments a
              where a.workspace_id = o.workspace_id and a.agreement_id = o.agreement_id
                and a.kind = 'cancellation' and a.from_period <= o.end_period
            ) as cut
            from save_offers o
            join ${saveCases} on save_cases.workspace_id = o.workspace_id and save_cases.id = o.case_id
            where ${caseFilter} and o.kind = 'reduction' and o.status = 'accepted'
          ) r`,
      ),
    () => workspaceCurrency(db, ws),
  ]);

  const summaries: SaveCaseSummary[] = groups.map((g) => ({
    status: g.status,
    accepted: g.accepted,
    declined: g.declined,
    count: g.n,
  }));
  const deferred = await holidayFigures(db, ws, holidays, currency);
  const settledOf = (kind: 'bill' | 'waive') => Number(settled.find((row) => row.kind === kind)?.amount ?? 0);
  const billedOnCancelMinor = settledOf('bill');
  const waivedMinor = settledOf('waive');
  return {
    currency,
    ...saveFigures(summaries),
    deferred: {
      holidays: holidays.length,
      deferredMinor: deferred.deferredMinor,
      recoveredMinor: deferred.recoveredMinor,
      billedOnCancelMinor,
      waivedMinor,
      outstandingMinor: Math.max(
        0,
        deferred.deferredMinor - deferred.recoveredMinor - billedOnCancelMinor - waivedMinor,
      ),
    },
    reductions: {
      active: reductions?.active ?? 0,
      upcoming: reductions?.upcoming ?? 0,
      returnedToFullPrice: reductions?.returned ?? 0,
      endedByCancellation: reductions?.cut ?? 0,
    },
  };
}

/** Deferred and recovered value of the holidays granted, agreement by agreement through the billing core. */
async function holidayFigures(
  db: Db,
  workspaceId: string,
  holidays: readonly { agreement_id: string; adjustment_id: string }[],
  currency: string,
): Promise<{ deferredMinor: number; recoveredMinor: number }> {
  if (holidays.length === 0) return { deferredMinor: 0, recoveredMinor: 0 };
  const ids = [...new Set(holidays.map((h) => h.agreement_id))];
  const [rows, paid] = await inOrder([
    () =>
      db
        .select()
        .from(agreements)
        .where(and(eq(agreements.workspaceId, workspaceId), inArray(agreements.id, ids))),
    () =>
      db
        .select({ agreementId: invoices.agreementId, periodIndex: invoices.periodIndex })
        .from(invoices)
        .where(
          and(
            eq(invoices.workspaceId, workspaceId),
            inArray(invoices.agreementId, ids),
            eq(invoices.status, 'paid'),
          ),
        ),
  ]);
  const paidBy = new Map<string, Set<number>>();
  for (const row of paid) {
    const set = paidBy.get(row.agreementId) ?? new Set<number>();
    set.add(row.periodIndex);
    paidBy.set(row.agreementId, set);
  }
  const inputsBy = new Map(
    (await loadBillingInputs(db, workspaceId, rows, currency)).map((inputs) => [inputs.row.id, inputs]),
  );
  let deferredMinor = 0;
  let recoveredMinor = 0;
  for (const holiday of holidays) {
    const inputs = inputsBy.get(holiday.agreement_id);
    if (!inputs) continue;
    const position = holidayPosition(
      inputs.agreement,
      inputs.adjustments,
      holiday.adjustment_id,
      nextUnbilledPeriod(inputs),
      paidBy.get(holiday.agreement_id) ?? new Set(),
    );
    deferredMinor += position?.deferredMinor ?? 0;
    recoveredMinor += position?.recoveredMinor ?? 0;
  }
  return { deferredMinor, recoveredMinor };
}
