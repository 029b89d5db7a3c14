import type { z } from 'zod';
import { AppError } from '../../core/errors/app-error.ts';
import { decodeCursor } from '../../core/pagination/cursor.ts';

/**
 * Decodes a cursor and checks its parts against `key`: a cursor that decodes but holds
 * values the database would choke on is refused like any other bad cursor.
 */
export function readCursor<T extends z.ZodTuple>(cursor: string, key: T): z.infer<T> {
  const parsed = key.safeParse(decodeCursor(cursor, key.def.items.length));
  if (parsed.success) return parsed.data;
  throw new AppError('invalid_input', 'The cursor is not one this API gave out', [
    { path: 'cursor', message: 'Invalid cursor' },
  ]);
}
