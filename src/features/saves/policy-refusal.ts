import { AppError } from '../../core/errors/app-error.ts';
import type { OfferCheck } from '../../core/saves/index.ts';

/** A refused offer as the API's 422, each breach a detail whose path names the policy field. */
export function policyRefusal(check: Extract<OfferCheck, { ok: false }>): AppError {
  return new AppError(
    'rule_refused',
    check.message,
    check.breaches.map((breach) => ({ path: `policy.${breach.policy}`, message: breach.message })),
  );
}
