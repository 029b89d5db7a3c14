import { OFFER_KINDS, type OfferKind } from './offer.ts';

/** Where a save case stands: open while the call is being worked, then its outcome. */
export const CASE_STATUSES = ['open', 'saved', 'downgraded', 'paused', 'cancelled'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type CaseOutcome = Exclude<CaseStatus, 'open'>;

/** Outcomes that keep the client: saved, downgraded and paused clients are still ours. */
export const RETAINED_OUTCOMES: readonly CaseOutcome[] = ['saved', 'downgraded', 'paused'];

/**
 * One case, or `count` alike: its status and the kinds of offer the client answered on it.
 * An offer only proposed — a preview on the call, or left on the table when the case
 * closed — was never put to the client and belongs in neither list. The edge may group
 * cases in the database and pass one summary per group, so the figures over 10,000 cases
 * cost one aggregate query and a loop over a few rows.
 */
export interface SaveCaseSummary {
  status: CaseStatus;
  /** Kinds the client said yes to. */
  accepted: readonly OfferKind[];
  /** Kinds the client said no to. */
  declined: readonly OfferKind[];
  /** How many cases this summary stands for; 1 when absent. */
  count?: number;
}

export interface OfferFigures {
  kind: OfferKind;
  /** Decided cases where this kind was put to the client: accepted or declined, not merely previewed. */
  offeredCases: number;
  /** Decided cases where it was accepted. */
  acceptedCases: number;
  /** Decided cases where it was accepted and the client stayed. */
  savedCases: number;
  /** savedCases / offeredCases: how often putting this offer to the client keeps them. */
  saveRateBasisPoints: number | null;
}

export interface SaveFigures {
  cases: number;
  open: number;
  /** Cases with an outcome: the save rate's denominator (an open case has no result yet). */
  decided: number;
  /** Decided cases where the client stayed (saved, downgraded or paused). */
  retained: number;
  byStatus: Record<CaseStatus, number>;
  /** retained / decided, in basis points rounded half up; null before any case is decided. */
  saveRateBasisPoints: number | null;
  byOffer: OfferFigures[];
  /** Decided cases with no offer accepted: kept (or not) by listening alone. */
  withoutOffer: { decided: number; retained: number; saveRateBasisPoints: number | null };
}

/** `part / whole` in basis points, rounded half up, in integers; null for an empty whole. */
export function rateBasisPoints(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.floor((2 * part * 10_000 + whole) / (2 * whole));
}

/** The save desk's figures (issue: "save rate (cases saved / cases), by offer"). */
export function saveFigures(cases: readonly SaveCaseSummary[]): SaveFigures {
  const byStatus = Object.fromEntries(CASE_STATUSES.map((s) => [s, 0])) as Record<CaseStatus, number>;
  const perKind = new Map(OFFER_KINDS.map((kind) => [kind, { offered: 0, accepted: 0, saved: 0 }]));
  const bare = { decided: 0, retained: 0 };
  for (const summary of cases) {
    const n = summary.count ?? 1;
    byStatus[summary.status] += n;
    if (summary.status === 'open') continue;
    const kept = RETAINED_OUTCOMES.includes(summary.status);
    for (const kind of new Set([...summary.accepted, ...summary.declined])) {
      const figures = perKind.get(kind);
      if (figures) figures.offered += n;
    }
    for (const kind of new Set(summary.accepted)) {
      const figures = perKind.get(kind);
      if (!figures) continue;
      figures.accepted += n;
      if (kept) figures.saved += n;
    }
    if (summary.accepted.length === 0) {
      bare.decided += n;
      if (kept) bare.retained += n;
    }
  }
  const total = CASE_STATUSES.reduce((sum, s) => sum + byStatus[s], 0);
  const decided = total - byStatus.open;
  const retained = RETAINED_OUTCOMES.reduce((sum, s) => sum + byStatus[s], 0);
  return {
    cases: total,
    open: byStatus.open,
    decided,
    retained,
    byStatus,
    saveRateBasisPoints: rateBasisPoints(retained, decided),
    byOffer: OFFER_KINDS.map((kind) => {
      const f = perKind.get(kind) ?? { offered: 0, accepted: 0, saved: 0 };
      return {
        kind,
        offeredCases: f.offered,
        acceptedCases: f.accepted,
        savedCases: f.saved,
        saveRateBasisPoints: rateBasisPoints(f.saved, f.offered),
      };
    }),
    withoutOffer: { ...bare, saveRateBasisPoints: rateBasisPoints(bare.retained, bare.decided) },
  };
}
