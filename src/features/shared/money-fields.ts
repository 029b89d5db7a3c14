import { z } from 'zod';
import { MAX_PRICE_MINOR } from '../../core/money/minor-units.ts';

/**
 * An amount in minor units: a whole number, never a float, never negative, and below a
 * bound that keeps every sum a safe integer. Fractions of a cent are refused, not rounded.
 */
export const amountMinorField = z
  .number()
  .int('Amounts are whole minor units (cents), not fractions')
  .min(0)
  .max(MAX_PRICE_MINOR, `At most ${MAX_PRICE_MINOR} minor units`);

export const priceMinorField = amountMinorField;
export const positiveAmountMinorField = amountMinorField.min(1, 'The amount must be more than zero');
