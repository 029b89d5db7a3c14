import type { Role } from '../auth/actor.ts';
import type { Adjustment } from '../billing/adjustments.ts';
import { formatBasisPoints } from '../money/percent-of.ts';
import { eligibilityBreaches } from './eligibility.ts';
import type { SaveOffer } from './offer.ts';
import { POLICY_LABELS, type SavePolicy } from './save-policy.ts';

/** One limit an offer goes past (or a right the actor lacks), named so the refusal can say which. */
export interface PolicyBreach {
  /** The policy field, or `role` when the actor may not grant offers at all. */
  policy: keyof SavePolicy | 'role';
  message: string;
}

export type OfferCheck =
  /** May be granted; `overridden` when it goes beyond the policy on the owner's recorded reason. */
  | { ok: true; overridden: boolean; breaches: PolicyBreach[] }
  | { ok: false; message: string; breaches: PolicyBreach[] };

export interface OfferCheckOptions {
  /** The owner's reason for going beyond the policy; blank counts as none. */
  override?: string | null | undefined;
  /** The agreement's adjustments, to judge stacking and cooldown (see `eligibilityBreaches`). */
  existing?: readonly Adjustment[];
}

const periods = (n: number) => `${n} ${n === 1 ? 'period' : 'periods'}`;

/** The policy limits `offer` goes past, whoever asks; empty when it is within the policy. */
export function policyBreaches(policy: SavePolicy, offer: SaveOffer): PolicyBreach[] {
  const breaches: PolicyBreach[] = [];
  const over = (field: keyof SavePolicy, limit: string, asked: string) =>
    breaches.push({ policy: field, message: `${POLICY_LABELS[field]} is ${limit} (asked ${asked})` });
  switch (offer.kind) {
    case 'holiday':
      if (offer.periods > policy.holidayMaxPeriods) {
        over('holidayMaxPeriods', periods(policy.holidayMaxPeriods), periods(offer.periods));
      }
      break;
    case 'reduction':
      if (offer.basisPoints > policy.reductionMaxBasisPoints) {
        over(
          'reductionMaxBasisPoints',
          formatBasisPoints(policy.reductionMaxBasisPoints),
          formatBasisPoints(offer.basisPoints),
        );
      }
      if (offer.periods < policy.reductionMinPeriods) {
        over('reductionMinPeriods', periods(policy.reductionMinPeriods), periods(offer.periods));
      }
      if (offer.periods > policy.reductionMaxPeriods) {
        over('reductionMaxPeriods', periods(policy.reductionMaxPeriods), periods(offer.periods));
      }
      break;
    case 'pause':
      if (offer.periods > policy.pauseMaxPeriods) {
        over('pauseMaxPeriods', periods(policy.pauseMaxPeriods), periods(offer.periods));
      }
      break;
    case 'downgrade':
      // Any plan on the owner's price list is within policy: the owner priced it.
      break;
    default:
      return unknownOffer(offer);
  }
  return breaches;
}

/**
 * Who may grant what (DESIGN.md: "each bounded by the owner's policy"): staff within the
 * policy (when the policy lets staff grant at all); the owner within it, or beyond it
 * with a reason, which makes the grant an override; a stand-in never — they log the
 * call and hand the money conversation to the owner or staff. The policy's limits and,
 * given the agreement's adjustments, its eligibility rules are judged alike.
 */
export function checkOffer(
  policy: SavePolicy,
  role: Role,
  offer: SaveOffer,
  options: OfferCheckOptions = {},
): OfferCheck {
  if (role === 'stand_in') {
    const breach: PolicyBreach = {
      policy: 'role',
      message: 'Stand-ins log the call; offers are granted by the owner or staff',
    };
    return { ok: false, message: breach.message, breaches: [breach] };
  }
  const breaches = [
    ...policyBreaches(policy, offer),
    ...eligibilityBreaches(policy, offer, options.existing ?? []),
  ];
  if (role === 'staff' && !policy.staffMayGrant) {
    breaches.unshift({ policy: 'staffMayGrant', message: 'The policy leaves every offer to the owner' });
    return { ok: false, message: `Refused by the save policy: ${breaches[0]?.message}`, breaches };
  }
  if (breaches.length === 0) return { ok: true, overridden: false, breaches };
  const list = breaches.map((breach) => breach.message).join('; ');
  if (role !== 'owner') {
    return {
      ok: false,
      message: `Beyond the save policy: ${list}. Only the owner may go beyond it`,
      breaches,
    };
  }
  if (!options.override?.trim()) {
    return {
      ok: false,
      message: `Beyond the save policy: ${list}. To override it, give a reason`,
      breaches,
    };
  }
  return { ok: true, overridden: true, breaches };
}

function unknownOffer(offer: never): never {
  throw new RangeError(`Unknown offer kind ${JSON.stringify((offer as SaveOffer).kind)}`);
}
