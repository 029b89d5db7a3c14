import type { ErrorDetail } from '../errors/app-error.ts';
import { type Adjustment, adjustmentShapeProblems } from './adjustments.ts';
import type { BillingAgreement } from './agreement.ts';
import { planBilling } from './billing-plan.ts';

/**
 * Problems with adding `candidate` to an agreement that already has `existing`
 * adjustments, as details for an `invalid_input` error; empty when it may be added.
 * Beyond the shape: it must start inside the agreement (before the moved term end and any
 * cancellation); a holiday or pause may not overlap another holiday or pause (two offers
 * on one period make the payback ambiguous); one cancellation, one price change per
 * period, unique ids. Stacking reductions is the owner's policy, decided at the edge —
 * the core never stacks them (see adjustments.ts). That an adjustment does not reach
 * back into periods already invoiced is the edge's check too: only it knows them.
 */
export function validateAdjustment(
  agreement: BillingAgreement,
  existing: readonly Adjustment[],
  candidate: Adjustment,
): ErrorDetail[] {
  const problems = adjustmentShapeProblems(candidate);
  if (problems.length > 0) return problems;
  if (existing.some((a) => a.id === candidate.id)) {
    return [{ path: 'id', message: 'An adjustment with this id already exists' }];
  }

  const plan = planBilling(agreement, existing);
  if (plan.termPeriods !== null && candidate.fromPeriod >= plan.termPeriods) {
    problems.push({ path: 'fromPeriod', message: 'The agreement has ended by then' });
  } else if (plan.cancellation && candidate.fromPeriod >= plan.cancellation.fromPeriod) {
    problems.push({ path: 'fromPeriod', message: 'The agreement is cancelled by then' });
  }

  switch (candidate.kind) {
    case 'payment_holiday':
    case 'pause': {
      const clash = existing.find(
        (a) =>
          (a.kind === 'payment_holiday' || a.kind === 'pause') &&
          a.fromPeriod < candidate.fromPeriod + candidate.periods &&
          candidate.fromPeriod < a.fromPeriod + a.periods,
      );
      if (clash) {
        const what = clash.kind === 'pause' ? 'a pause' : 'a payment holiday';
        problems.push({ path: 'fromPeriod', message: `These periods overlap ${what} already agreed` });
      }
      break;
    }
    case 'price_change':
      if (existing.some((a) => a.kind === 'price_change' && a.fromPeriod === candidate.fromPeriod)) {
        problems.push({ path: 'fromPeriod', message: 'The price already changes from this period' });
      }
      break;
    case 'cancellation':
      if (plan.cancellation) problems.push({ path: 'kind', message: 'The agreement is already cancelled' });
      break;
    case 'reduction':
    case 'free_period':
      break;
    default:
      return unhandled(candidate);
  }
  return problems;
}

function unhandled(candidate: never): ErrorDetail[] {
  return [
    { path: 'kind', message: `Unknown adjustment kind ${JSON.stringify((candidate as Adjustment).kind)}` },
  ];
}
