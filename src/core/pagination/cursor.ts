import { AppError } from '../errors/app-error.ts';

/**
 * Opaque cursors: the sort key of the last row seen, base64url-encoded JSON. Clients
 * pass them back untouched; a tampered cursor is refused rather than guessed at.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((part) => typeof part === 'string' || typeof part === 'number')
    ) {
      return key;
    }
  } catch {
    // fall through to the refusal below
  }
  throw new AppError('invalid_input', 'The cursor is not one this API gave out', [
    { path: 'cursor', message: 'Invalid cursor' },
  ]);
}

/** Clamp a requested page size to the API's limit (DESIGN.md: at most 200). */
export const MAX_PAGE_SIZE = 200;
