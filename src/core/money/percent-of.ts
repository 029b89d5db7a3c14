import { isMinorUnits, type MinorUnits } from './minor-units.ts';

/** Percentages are integer basis points: 1 % = 100, 12.5 % = 1250, 100 % = 10000. */
export const BASIS_POINTS_PER_PERCENT = 100;
const WHOLE = 10_000n;

/**
 * `basisPoints` of `amountMinor`, rounded half up to the minor unit (DESIGN.md: "round
 * half up to the cent, per line"): 12.5 % of 1 cent is 0, 50 % of 1 cent is 1. Negative
 * amounts round symmetrically (half away from zero), so a discount is the exact negation
 * of the same charge. BigInt keeps the product exact for any safe inputs — no floats.
 */
export function percentOf(amountMinor: MinorUnits, basisPoints: number): MinorUnits {
  if (!isMinorUnits(amountMinor)) throw new RangeError('percentOf: amount must be a safe integer');
  if (!Number.isSafeInteger(basisPoints) || basisPoints < 0) {
    throw new RangeError('percentOf: basis points must be a non-negative integer');
  }
  const product = BigInt(Math.abs(amountMinor)) * BigInt(basisPoints);
  // floor(x / 10000 + 1/2) == floor((2x + 10000) / 20000); BigInt division truncates,
  // which is floor for these non-negative operands.
  const magnitude = Number((2n * product + WHOLE) / (2n * WHOLE));
  if (!isMinorUnits(magnitude)) throw new RangeError('percentOf: result is too large');
  return amountMinor < 0 && magnitude !== 0 ? -magnitude : magnitude;
}

/** Basis points for display: 2000 → "20%", 1250 → "12.5%", 5 → "0.05%". */
export function formatBasisPoints(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / BASIS_POINTS_PER_PERCENT);
  const rest = Math.abs(basisPoints % BASIS_POINTS_PER_PERCENT);
  const sign = basisPoints < 0 && whole === 0 ? '-' : '';
  if (rest === 0) return `${sign}${whole}%`;
  return `${sign}${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
}
