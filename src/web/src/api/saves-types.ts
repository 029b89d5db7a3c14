import type { z } from 'zod';
import type { PolicyPatch, PolicyView } from '../../../features/policy/schemas.ts';
import type {
  AcceptedOfferView,
  ActiveAdjustmentsView,
  createSaveCaseBody,
  OfferPreviewView,
  OfferView,
  outcomeBody,
  ProposedOfferView,
  proposeOfferBody,
  RelationshipView,
  SaveCaseSummaryView,
  SaveCaseView,
  SaveFiguresView,
  updateSaveCaseBody,
} from '../../../features/saves/schemas.ts';
import type { BillingReturnView } from '../../../features/today/schemas.ts';

// The save desk ("the call"). These shapes are the server's own zod schemas, read as types
// only (nothing of the server reaches the bundle), so the screens cannot drift from the API.

/** A save case with the relationship first, then its offers and any post-mortem. */
export type SaveCase = SaveCaseView;
export type SaveCaseSummary = SaveCaseSummaryView;
export type SaveCaseStatus = SaveCase['status'];
export type Relationship = RelationshipView;
export type SaveOffer = OfferView;
export type OfferKind = SaveOffer['kind'];
/** The next 12 invoices without and with an offer, and what it does to revenue. */
export type OfferPreview = OfferPreviewView;
export type ProposedOffer = ProposedOfferView;
export type AcceptedOffer = AcceptedOfferView;
export type ActiveAdjustments = ActiveAdjustmentsView;
export type ActiveAdjustment = ActiveAdjustments['items'][number];
export type SaveFigures = SaveFiguresView;
/** The workspace's save policy and its reason taxonomy (`GET /policy`). */
export type SavePolicySettings = PolicyView;
export type SavePolicy = PolicyView['saves'];
export type SaveReason = PolicyView['saveReasons'][number];

/** Requests, as the API takes them (before its defaults and trimming). */
export type SaveCaseInput = z.input<typeof createSaveCaseBody>;
export type SaveCasePatch = z.input<typeof updateSaveCaseBody>;
export type OfferInput = z.input<typeof proposeOfferBody>;
export type OutcomeInput = z.input<typeof outcomeBody>;
export type SavePolicyPatch = PolicyPatch;
/** Today's follow-through: "billing returns to normal on …" for an offer about to end. */
export type BillingReturn = BillingReturnView;
