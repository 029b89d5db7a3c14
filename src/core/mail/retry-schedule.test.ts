import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
  retryDelayMs,
  totalRetryWindowMs,
} from './retry-schedule.ts';

const MINUTE = 60_000;
const NOW = new Date('2026-11-24T09:00:00Z');

describe('retryDelayMs (default policy)', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 4],
    [4, 8],
    [5, 16],
    [6, 32],
    [7, 60], // 64 minutes capped at the hour
    [8, 60],
    [50, 60],
    [5000, 60],
  ])('after failure %i the sender waits %i minutes', (attempts, minutes) => {
    expect(retryDelayMs(attempts)).toBe(minutes * MINUTE);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %s attempts', (attempts) => {
    expect(() => retryDelayMs(attempts)).toThrow(RangeError);
  });
});

describe('afterFailure (default policy)', () => {
  it.each([
    [1, '2026-11-24T09:01:00.000Z'],
    [2, '2026-11-24T09:02:00.000Z'],
    [6, '2026-11-24T09:32:00.000Z'],
    [7, '2026-11-24T10:00:00.000Z'],
  ])('after try %i it is queued again for %s', (attempts, at) => {
    expect(afterFailure(attempts, NOW)).toEqual({ status: 'queued', nextAttemptAt: new Date(at) });
  });

  it.each([8, 9, 100])('after try %i of 8 it has failed', (attempts) => {
    expect(afterFailure(attempts, NOW)).toEqual({ status: 'failed' });
  });

  it('gives up after about two hours of trying', () => {
    expect(totalRetryWindowMs()).toBe((1 + 2 + 4 + 8 + 16 + 32 + 60) * MINUTE);
  });

  it('fails at once when only one try is allowed', () => {
    const once: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 1 };
    expect(afterFailure(1, NOW, once)).toEqual({ status: 'failed' });
    expect(totalRetryWindowMs(once)).toBe(0);
  });
});

const policies = fc
  .record({
    maxAttempts: fc.integer({ min: 1, max: 30 }),
    baseDelayMs: fc.integer({ min: 1, max: 10 * MINUTE }),
    extra: fc.integer({ min: 0, max: 24 * 60 * MINUTE }),
  })
  .map(({ maxAttempts, baseDelayMs, extra }) => ({
    maxAttempts,
    baseDelayMs,
    maxDelayMs: baseDelayMs + extra,
  }));

const anyNow = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });

describe('retry schedule properties', () => {
  it('delays never shrink, start at the base and never pass the cap', () => {
    fc.assert(
      fc.property(policies, fc.integer({ min: 1, max: 200 }), (policy, attempts) => {
        const delay = retryDelayMs(attempts, policy);
        expect(delay).toBeGreaterThanOrEqual(policy.baseDelayMs);
        expect(delay).toBeLessThanOrEqual(policy.maxDelayMs);
        expect(retryDelayMs(attempts + 1, policy)).toBeGreaterThanOrEqual(delay);
        expect(retryDelayMs(1, policy)).toBe(policy.baseDelayMs);
      }),
    );
  });

  it('each delay doubles the one before until the cap', () => {
    fc.assert(
      fc.property(policies, fc.integer({ min: 1, max: 40 }), (policy, attempts) => {
        const next = retryDelayMs(attempts + 1, policy);
        expect(next).toBe(Math.min(retryDelayMs(attempts, policy) * 2, policy.maxDelayMs));
      }),
    );
  });

  it('a message is tried exactly maxAttempts times, always later than now, then fails', () => {
    fc.assert(
      fc.property(policies, anyNow, (policy, now) => {
        let tries = 0;
        let at = now;
        for (;;) {
          tries += 1;
          const next = afterFailure(tries, at, policy);
          if (next.status === 'failed') break;
          expect(next.nextAttemptAt.getTime()).toBeGreaterThan(at.getTime());
          at = next.nextAttemptAt;
        }
        expect(tries).toBe(policy.maxAttempts);
        expect(at.getTime() - now.getTime()).toBe(totalRetryWindowMs(policy));
      }),
    );
  });
});
