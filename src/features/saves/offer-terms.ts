import { and, eq } from 'drizzle-orm';
import { firstPeriodFrom } from '../../core/billing/index.ts';
import { addDays } from '../../core/calendar/today-in.ts';
import { AppError, notFound, refused } from '../../core/errors/app-error.ts';
import { basePriceAt, offerAdjustment, type SaveOffer, type SavePolicy } from '../../core/saves/index.ts';
import type { Db } from '../../db/connect.ts';
import { plans } from '../../db/schema/index.ts';
import type { AdjustmentInput } from '../agreements/schemas.ts';
import { type BillingInputs, nextUnbilledPeriod } from '../billing-shared/billing-inputs.ts';
import type { SaveOfferRow } from './require-save-case.ts';
import type { ProposeOfferInput } from './schemas.ts';

/**
 * The offer a request describes, with every default filled in from the agreement and the
 * policy: it starts at the next period (the first one starting after today and not yet
 * invoiced — the current period's invoice stands), a holiday lasts the policy's default
 * length, a pause runs until the first period starting on or after its resume date, and
 * a downgrade takes the chosen plan's price, which must be lower than the current one.
 */
export async function resolveOffer(
  db: Db,
  workspaceId: string,
  inputs: BillingInputs,
  input: ProposeOfferInput,
  today: string,
  policy: SavePolicy,
): Promise<SaveOffer> {
  const { agreement } = inputs;
  const firstOpen = nextUnbilledPeriod(inputs);
  const fromPeriod = input.fromPeriod ?? Math.max(firstOpen, firstPeriodFrom(agreement, addDays(today, 1)));
  if (fromPeriod < firstOpen) {
    throw refused(`Period ${fromPeriod} is already invoiced; offers start at period ${firstOpen} or later`, [
      { path: 'fromPeriod', message: `Must be ${firstOpen} or later` },
    ]);
  }
  switch (input.kind) {
    case 'holiday':
      return { kind: 'holiday', fromPeriod, periods: input.periods ?? policy.holidayDefaultPeriods };
    case 'reduction':
      return { kind: 'reduction', fromPeriod, periods: input.periods, basisPoints: input.basisPoints };
    case 'pause': {
      const periods = input.periods ?? firstPeriodFrom(agreement, input.resumesOn ?? today) - fromPeriod;
      if (periods < 1) {
        throw new AppError('invalid_input', 'The pause must resume after it starts', [
          { path: 'resumesOn', message: 'A date after the first paused period starts' },
        ]);
      }
      return { kind: 'pause', fromPeriod, periods };
    }
    case 'downgrade': {
      const [plan] = await db
        .select()
        .from(plans)
        .where(and(eq(plans.workspaceId, workspaceId), eq(plans.id, input.planId)))
        .limit(1);
      if (!plan) throw notFound('Plan');
      if (plan.archivedAt)
        throw refused(`The plan ${plan.name} is archived`, [{ path: 'planId', message: 'Archived' }]);
      if (plan.interval !== agreement.interval) {
        throw refused(
          `The plan ${plan.name} bills by the ${plan.interval}, the agreement by the ${agreement.interval}`,
          [{ path: 'planId', message: 'Choose a plan with the same interval' }],
        );
      }
      const current = basePriceAt(agreement, inputs.adjustments, fromPeriod);
      if (plan.priceMinor >= current) {
        throw refused(`A downgrade must cost less than the current price (${current})`, [
          { path: 'planId', message: `The plan costs ${plan.priceMinor}` },
        ]);
      }
      return {
        kind: 'downgrade',
        fromPeriod,
        planId: plan.id,
        planName: plan.name,
        priceMinor: plan.priceMinor,
      };
    }
    default:
      return unknownKind(input);
  }
}

/** The stored form of an offer's own terms (`save_offers.terms`). */
export function offerTerms(offer: SaveOffer): Record<string, unknown> {
  const { kind: _kind, fromPeriod: _from, ...terms } = offer;
  return terms;
}

/** A stored offer as the core's value. */
export function toSaveOffer(row: SaveOfferRow): SaveOffer {
  return { ...row.terms, kind: row.kind, fromPeriod: row.fromPeriod } as SaveOffer;
}

function unknownKind(input: never): never {
  throw new AppError(
    'invalid_input',
    `Unknown offer kind ${JSON.stringify((input as { kind: string }).kind)}`,
  );
}

/** The adjustment request `storeAdjustment` takes for an accepted offer. */
export function adjustmentInputOf(offer: SaveOffer, reason: string): AdjustmentInput {
  const { id: _id, ...terms } = offerAdjustment(offer, '');
  return { ...terms, reason } as AdjustmentInput;
}
