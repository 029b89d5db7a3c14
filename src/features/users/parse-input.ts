import type { z } from 'zod';
import { AppError } from '../../core/errors/app-error.ts';

/**
 * Validates a command's input against the same schema the HTTP route uses. Routes have
 * already done this; the CLI calls commands directly and gets the same refusals.
 */
export function parseCommandInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError(
    'invalid_input',
    'The input is not valid',
    result.error.issues.map((issue) => ({ path: issue.path.join('.') || 'input', message: issue.message })),
  );
}
