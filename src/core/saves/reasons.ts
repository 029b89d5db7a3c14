import type { ErrorDetail } from '../errors/app-error.ts';

/** One reason a client gives for wanting to leave; `code` is what a save case stores. */
export interface SaveReason {
  /** Lower-case letters, digits and underscores, e.g. `cant_afford`. */
  code: string;
  label: string;
}

/** The taxonomy a new workspace starts with; the owner may rename, add and remove. */
export const DEFAULT_SAVE_REASONS: readonly SaveReason[] = Object.freeze([
  { code: 'cant_afford', label: 'Can’t afford it' },
  { code: 'business_closing', label: 'Business closing' },
  { code: 'not_using', label: 'Not using it' },
  { code: 'unhappy_service', label: 'Unhappy with the service' },
  { code: 'switching_provider', label: 'Switching provider' },
  { code: 'other', label: 'Other' },
]);

export const MAX_SAVE_REASONS = 30;
const CODE = /^[a-z][a-z0-9_]{0,39}$/;

/** Problems with a taxonomy: at least one reason, codes well formed and unique, labels present. */
export function saveReasonProblems(reasons: readonly SaveReason[]): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (reasons.length === 0) problems.push({ path: 'reasons', message: 'Keep at least one reason' });
  if (reasons.length > MAX_SAVE_REASONS) {
    problems.push({ path: 'reasons', message: `At most ${MAX_SAVE_REASONS} reasons` });
  }
  const seen = new Set<string>();
  reasons.forEach((reason, i) => {
    if (!CODE.test(reason.code)) {
      problems.push({
        path: `reasons.${i}.code`,
        message: 'Lower-case letters, digits and underscores, starting with a letter',
      });
    } else if (seen.has(reason.code)) {
      problems.push({ path: `reasons.${i}.code`, message: `"${reason.code}" is listed twice` });
    }
    seen.add(reason.code);
    if (reason.label.trim() === '')
      problems.push({ path: `reasons.${i}.label`, message: 'A label is required' });
  });
  return problems;
}

/** The label for a stored code, or the code itself once the owner has removed the reason. */
export function reasonLabel(reasons: readonly SaveReason[], code: string): string {
  return reasons.find((reason) => reason.code === code)?.label ?? code;
}
