import { z } from 'zod';
import { CHANNELS, DIRECTIONS } from '../../core/interactions/channels.ts';

// PostgreSQL text cannot hold NUL; refuse it here rather than fail in the database.
const withoutNul = (value: string) => !value.includes('\u0000');

/** One line saying what the touch was about. */
export const summaryField = z.string().trim().min(1).max(500).refine(withoutNul, 'Contains a NUL character');

/** The longer account: notes of a call, the text of a letter. */
export const bodyField = z
  .string()
  .trim()
  .max(20_000)
  .refine(withoutNul, 'Contains a NUL character')
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .optional();

export const channelField = z.enum(CHANNELS);
export const directionField = z.enum(DIRECTIONS);
