import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../core/mail/retry-schedule.ts';
import { describeSendError } from '../core/mail/send-error.ts';
import type { Db } from '../db/connect.ts';
import { failAbandonedMessages, type LeasedMessage, leaseDueMessages } from './lease-due-messages.ts';
import { type MailTransport, toMailMessage } from './mail-transport.ts';
import { type Delivered, recordDeliveries, type Undelivered } from './record-deliveries.ts';

export interface DeliveryOptions {
  /** The clock: read for each batch, so a long run stamps each message when it went. */
  now: () => Date;
  /** The From address (MAIL_FROM). */
  from: string;
  /** Messages leased, sent and recorded together (default 50). */
  batchSize?: number;
  /** How long a batch is held before another sender may take it over (default 5 minutes). */
  leaseMs?: number;
  /** Messages in flight at once (default 5, the pooled transport's connections). */
  concurrency?: number;
  policy?: RetryPolicy;
  /** Stop after this many batches (default: until nothing is due). */
  maxBatches?: number;
  /** Asked between batches; true ends the run early (the server is shutting down). */
  isStopping?: () => boolean;
}

export interface DeliveryReport {
  sent: number;
  /** Failed tries that will be tried again after their backoff. */
  retrying: number;
  /** Failed for good: every try spent; shown in the outbox for a person. */
  failed: number;
}

/**
 * Delivers every message that is due, a batch at a time: lease (and commit), send, record
 * the outcomes (and commit). Memory holds one batch whatever the queue's length. A sender
 * killed mid-batch leaves its messages `sending`; once the lease runs out, the next run
 * takes them again — a message may then go twice, but it is never lost.
 */
export async function deliverDueMessages(
  db: Db,
  transport: MailTransport,
  options: DeliveryOptions,
): Promise<DeliveryReport> {
  const batchSize = options.batchSize ?? 50;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  await failAbandonedMessages(db, options.now(), policy.maxAttempts);
  for (let batch = 0; batch < (options.maxBatches ?? Number.POSITIVE_INFINITY); batch++) {
    if (options.isStopping?.()) break;
    const now = options.now();
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const leased = await leaseDueMessages(db, {
      now,
      leaseUntil,
      batchSize,
      maxAttempts: policy.maxAttempts,
    });
    if (leased.length === 0) break;
    const outcome = await sendAll(transport, leased, options.from, options.concurrency ?? 5);
    const counts = await recordDeliveries(db, outcome, { leaseUntil, now: options.now(), policy });
    report.sent += counts.sent;
    report.retrying += counts.retrying;
    report.failed += counts.failed;
    if (leased.length < batchSize) break;
  }
  return report;
}

/** Sends a batch with at most `concurrency` messages in flight; one failure stops nothing. */
async function sendAll(
  transport: MailTransport,
  messages: LeasedMessage[],
  from: string,
  concurrency: number,
): Promise<{ delivered: Delivered[]; undelivered: Undelivered[] }> {
  const delivered: Delivered[] = [];
  const undelivered: Undelivered[] = [];
  let next = 0;
  const worker = async () => {
    while (next < messages.length) {
      const message = messages[next++] as LeasedMessage;
      try {
        const info = await transport.sendMail(toMailMessage(message, from));
        delivered.push({ message, smtpMessageId: info.messageId ?? null });
      } catch (error) {
        undelivered.push({ message, error: describeSendError(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, messages.length) }, worker));
  return { delivered, undelivered };
}
