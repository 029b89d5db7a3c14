import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canApply, HAND_ACTIONS, handActionRefusal, handActionsFor } from './hand-actions.ts';
import { OUTBOX_STATUSES } from './outbox-status.ts';

describe('hand actions on an outbox message', () => {
  it.each([
    ['queued', ['mark_sent', 'cancel']],
    ['sending', []],
    ['sent', []],
    ['failed', ['retry', 'mark_sent', 'cancel']],
    ['cancelled', []],
  ] as const)('a %s message offers %j', (status, actions) => {
    expect(handActionsFor(status)).toEqual(actions);
  });

  it.each([
    ['retry', 'queued', /still queued/],
    ['retry', 'sent', /already sent/],
    ['mark_sent', 'sending', /being sent right now/],
    ['cancel', 'sent', /already sent/],
    ['cancel', 'cancelled', /was cancelled/],
  ] as const)('%s on a %s message is refused', (action, status, reason) => {
    expect(handActionRefusal(action, status)).toMatch(reason);
  });

  it('gives a reason exactly when an action is not allowed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HAND_ACTIONS), fc.constantFrom(...OUTBOX_STATUSES), (action, status) => {
        expect(handActionRefusal(action, status) === null).toBe(canApply(action, status));
      }),
    );
  });
});
