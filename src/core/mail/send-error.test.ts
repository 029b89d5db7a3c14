import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeSendError, MAX_ERROR_LENGTH } from './send-error.ts';

function mailError(message: string, fields: Record<string, unknown>): Error {
  return Object.assign(new Error(message), fields);
}

describe('describeSendError', () => {
  it.each([
    [
      'the SMTP reply when the server answered',
      mailError("Can't send mail - all recipients were rejected: 550 5.1.1 No such user", {
        code: 'EENVELOPE',
        responseCode: 550,
        response: '550 5.1.1 No such user',
      }),
      '550 5.1.1 No such user',
    ],
    [
      'the code and message when it never connected',
      mailError('connect ECONNREFUSED 127.0.0.1:2525', { code: 'ECONNECTION' }),
      'ECONNECTION: connect ECONNREFUSED 127.0.0.1:2525',
    ],
    [
      'no code twice',
      mailError('ETIMEDOUT: took too long', { code: 'ETIMEDOUT' }),
      'ETIMEDOUT: took too long',
    ],
    ['a plain error', new Error('boom'), 'boom'],
    ['a thrown string', 'socket hang up', 'socket hang up'],
    ['one line from many', mailError('451 try\r\n  again later', {}), '451 try again later'],
    ['something for an empty message', new Error(''), 'Unknown error'],
  ])('keeps %s', (_, error, expected) => {
    expect(describeSendError(error)).toBe(expected);
  });

  it('is always one non-empty line no longer than the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.option(fc.string()), (message, response) => {
        const text = describeSendError(mailError(message, { response }));
        expect(text.length).toBeGreaterThan(0);
        expect(text.length).toBeLessThanOrEqual(MAX_ERROR_LENGTH);
        expect(text).not.toMatch(/[\r\n]/);
      }),
    );
  });
});
