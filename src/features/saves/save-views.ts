import { and, eq, inArray } from 'drizzle-orm';
import { type OfferKind, reasonLabel, type SaveReason } from '../../core/saves/index.ts';
import type { Db } from '../../db/connect.ts';
import { inOrder } from '../../db/in-order.ts';
import { clients, saveOffers, users } from '../../db/schema/index.ts';
import type { SaveCaseRow, SaveOfferRow } from './require-save-case.ts';
import type { OfferView, SaveCaseSummaryView } from './schemas.ts';

async function userNames(db: Db, workspaceId: string, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), inArray(users.id, wanted)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** API views of cases, with client names, who took each call and the kinds of offer accepted. */
export async function toCaseSummaries(
  db: Db,
  workspaceId: string,
  rows: readonly SaveCaseRow[],
  reasons: readonly SaveReason[],
): Promise<SaveCaseSummaryView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [clientRows, names, accepted] = await inOrder([
    () =>
      db
        .select({ id: clients.id, name: clients.name })
        .from(clients)
        .where(
          and(
            eq(clients.workspaceId, workspaceId),
            inArray(clients.id, [...new Set(rows.map((row) => row.clientId))]),
          ),
        ),
    () =>
      userNames(
        db,
        workspaceId,
        rows.map((row) => row.takenByUserId),
      ),
    () =>
      db
        .select({ caseId: saveOffers.caseId, kind: saveOffers.kind })
        .from(saveOffers)
        .where(
          and(
            eq(saveOffers.workspaceId, workspaceId),
            inArray(saveOffers.caseId, ids),
            eq(saveOffers.status, 'accepted'),
          ),
        ),
  ]);
  const clientName = new Map(clientRows.map((row) => [row.id, row.name]));
  const kinds = new Map<string, OfferKind[]>();
  for (const row of accepted) kinds.set(row.caseId, [...(kinds.get(row.caseId) ?? []), row.kind]);
  return rows.map((row) => ({
    id: row.id,
    client: { id: row.clientId, name: clientName.get(row.clientId) ?? '' },
    agreementId: row.agreementId,
    takenBy: {
      id: row.takenByUserId,
      name: (row.takenByUserId && names.get(row.takenByUserId)) || row.takenByLabel,
    },
    calledAt: row.calledAt.toISOString(),
    reason: { code: row.reason, label: reasonLabel(reasons, row.reason) },
    notes: row.notes,
    causes: row.causes,
    status: row.status,
    outcomeAt: row.outcomeAt?.toISOString() ?? null,
    outcomeNote: row.outcomeNote,
    deferredSettlement:
      row.deferredSettlement && row.deferredSettledMinor !== null
        ? {
            kind: row.deferredSettlement,
            amountMinor: row.deferredSettledMinor,
            invoiceId: row.settlementInvoiceId,
          }
        : null,
    acceptedKinds: [...new Set(kinds.get(row.id) ?? [])].sort(),
    createdAt: row.createdAt.toISOString(),
  }));
}

/** API views of offers, with who decided each. */
export async function toOfferViews(
  db: Db,
  workspaceId: string,
  rows: readonly SaveOfferRow[],
): Promise<OfferView[]> {
  const names = await userNames(
    db,
    workspaceId,
    rows.map((row) => row.decidedByUserId),
  );
  return rows.map((row) => ({
    id: row.id,
    caseId: row.caseId,
    agreementId: row.agreementId,
    kind: row.kind,
    fromPeriod: row.fromPeriod,
    terms: row.terms,
    status: row.status,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    returnsOn: row.returnsOn,
    revenueEffectMinor: row.revenueEffectMinor,
    override: row.overrideReason
      ? { reason: row.overrideReason, policies: row.overriddenPolicies ?? [] }
      : null,
    adjustmentId: row.adjustmentId,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedBy: row.decidedAt
      ? {
          id: row.decidedByUserId,
          name: (row.decidedByUserId && names.get(row.decidedByUserId)) || 'system',
        }
      : null,
    confirmation: row.confirmation,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** One offer's view. */
export async function toOfferView(db: Db, workspaceId: string, row: SaveOfferRow): Promise<OfferView> {
  const [view] = await toOfferViews(db, workspaceId, [row]);
  if (!view) throw new Error('offer view missing');
  return view;
}
