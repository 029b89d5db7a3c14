/**
 * When the sender tries a message again after a failed attempt. Delays double from
 * `baseDelayMs` up to `maxDelayMs`; after `maxAttempts` tries the message is `failed`
 * and waits for a person (retry, copy and send by hand, or cancel) — never dropped.
 */
export interface RetryPolicy {
  /** Tries in all, the first included; the last failure makes the message `failed`. */
  maxAttempts: number;
  /** Wait after the first failure. */
  baseDelayMs: number;
  /** No wait is longer than this. */
  maxDelayMs: number;
}

/**
 * 1, 2, 4, 8, 16, 32 and 60 minutes: about two hours in all. That rides out a mail
 * server restart or greylisting (which asks senders to come back after a few minutes),
 * and still tells the team the same morning when a message cannot go.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 60_000,
  maxDelayMs: 3_600_000,
};

/** What becomes of a message after a failed attempt. */
export type AfterFailure = { status: 'queued'; nextAttemptAt: Date } | { status: 'failed' };

/** The wait after the `attempts`-th failed try (1-based): base × 2^(attempts−1), capped. */
export function retryDelayMs(attempts: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  if (!Number.isInteger(attempts) || attempts < 1)
    throw new RangeError(`attempts must be ≥ 1, not ${attempts}`);
  // Past 2^30 the product overflows nothing useful; the cap has long taken over by then.
  const exponent = Math.min(attempts - 1, 30);
  return Math.min(policy.baseDelayMs * 2 ** exponent, policy.maxDelayMs);
}

/**
 * `attempts` counts the tries made so far, this failed one included. While tries remain
 * the message waits its delay from `now`; then it is `failed`.
 */
export function afterFailure(
  attempts: number,
  now: Date,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): AfterFailure {
  if (attempts >= policy.maxAttempts) return { status: 'failed' };
  return { status: 'queued', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, policy)) };
}

/** Everything the schedule waits before giving up: the sum of the delays between tries. */
export function totalRetryWindowMs(policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  let total = 0;
  for (let attempts = 1; attempts < policy.maxAttempts; attempts++) total += retryDelayMs(attempts, policy);
  return total;
}
