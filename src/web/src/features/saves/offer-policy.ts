// How the offer form reads the owner's policy: its limits in words beside the inputs, and
// which input a refusal (a 422 naming a policy limit, or a 400 on a field) belongs to.
import { formatBasisPoints } from '../../../../core/money/percent-of.ts';
import { ApiError } from '../../api/client.ts';
import type { OfferKind, SavePolicy } from '../../api/saves-types.ts';

export type FieldName = 'start' | 'periods' | 'percent' | 'plan' | 'resumesOn';

/** Which field a refusal is about: the policy limit it names, or the request field. */
export const FIELD_OF: Record<string, FieldName> = {
  'policy.holidayMaxPeriods': 'periods',
  'policy.reductionMaxBasisPoints': 'percent',
  'policy.reductionMinPeriods': 'periods',
  'policy.reductionMaxPeriods': 'periods',
  'policy.pauseMaxPeriods': 'resumesOn',
  'policy.allowStacking': 'start',
  'policy.cooldownPeriods': 'start',
  fromPeriod: 'start',
  periods: 'periods',
  basisPoints: 'percent',
  planId: 'plan',
  resumesOn: 'resumesOn',
};

/** A refusal the owner may override with a reason: a limit of the policy, not a right. */
export function isOverridable(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 422 &&
    error.details.some(
      (detail) => detail.path.startsWith('policy.') && !/^policy\.(role|staffMayGrant)$/.test(detail.path),
    )
  );
}

/** The policy's limits for this kind of offer, in words, beside the inputs. */
export function policyLimits(kind: OfferKind, policy: SavePolicy, noun: string): string[] {
  const span = (n: number) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const common = policy.allowStacking ? [] : ['No stacking on periods another offer covers'];
  if (policy.cooldownPeriods > 0) common.push(`${span(policy.cooldownPeriods)} between offers`);
  switch (kind) {
    case 'holiday':
      return [
        `Up to ${span(policy.holidayMaxPeriods)} (${span(policy.holidayDefaultPeriods)} offered first)`,
        'Paid back at the end',
        ...common,
      ];
    case 'reduction':
      return [
        `Up to ${formatBasisPoints(policy.reductionMaxBasisPoints)} off`,
        policy.reductionMinPeriods === policy.reductionMaxPeriods
          ? `For ${span(policy.reductionMinPeriods)}`
          : `For ${policy.reductionMinPeriods}–${span(policy.reductionMaxPeriods)}`,
        'Then billing returns to normal by itself',
        ...common,
      ];
    case 'downgrade':
      return ['Any cheaper plan on your price list', 'Lasts until changed'];
    case 'pause':
      return [`Up to ${span(policy.pauseMaxPeriods)}`, 'Service stops too', ...common];
  }
}
