import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

describe('cursor', () => {
  it('round-trips any sort key', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer()), { minLength: 1, maxLength: 4 }), (key) => {
        expect(decodeCursor(encodeCursor(key), key.length)).toEqual(key);
      }),
    );
  });

  it.each([
    ['not base64 json', 'forged!!'],
    ['wrong arity', encodeCursor(['a'])],
    ['an object', Buffer.from('{"a":1}').toString('base64url')],
    ['nested values', Buffer.from('[["x"],1]').toString('base64url')],
  ])('refuses %s as invalid input', (_label, cursor) => {
    expect(() => decodeCursor(cursor, 2)).toThrow(AppError);
  });
});
