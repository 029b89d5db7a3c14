import { AppError } from '../../core/errors/app-error.ts';
import { decodeCursor, encodeCursor } from '../../core/pagination/cursor.ts';

/** Where a keyset page stopped: an instant (occurred, due…) and the row id that breaks ties. */
export interface InstantKey {
  at: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeInstantCursor(key: InstantKey): string {
  return encodeCursor([key.at.toISOString(), key.id]);
}

/**
 * Decodes a cursor this API gave out. Its parts go into SQL comparisons, so a well-formed
 * but doctored cursor (a non-uuid id, a non-date) is refused here, not by the database.
 */
export function decodeInstantCursor(cursor: string): InstantKey {
  const [at, id] = decodeCursor(cursor, 2);
  if (typeof at === 'string' && typeof id === 'string' && UUID.test(id) && !Number.isNaN(Date.parse(at))) {
    return { at: new Date(at), id };
  }
  throw new AppError('invalid_input', 'The cursor is not one this API gave out', [
    { path: 'cursor', message: 'Invalid cursor' },
  ]);
}

/** Splits a `limit + 1` fetch into the page and the cursor of the next one. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => InstantKey) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeInstantCursor(keyOf(last)) : null,
  };
}
