import { AppError } from '../core/errors/app-error.ts';

// The options every `… list` command takes, checked the same way and refused in the same words.

/** `--status`: undefined when not given, else one of `allowed`. */
export function parseStatusOption<Status extends string>(
  value: string | undefined,
  allowed: readonly Status[],
): Status | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as Status)) {
    throw new AppError('invalid_input', `--status must be one of ${allowed.join(', ')}, not "${value}"`);
  }
  return value as Status;
}

/** `--limit`: 50 when not given, else a whole number from 1 to 200 (the API's page size). */
export function parseLimitOption(value: string | undefined): number {
  const limit = value === undefined ? 50 : Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
    throw new AppError('invalid_input', `--limit must be a whole number from 1 to 200, not "${value}"`);
  }
  return limit;
}
