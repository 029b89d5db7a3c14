/**
 * A message's life in the outbox. `queued` waits for the sender (or, with no SMTP server
 * configured, for someone to copy it and mark it sent by hand); `sending` is leased to one
 * sender; `failed` means every retry was spent and a person must look — never silently lost.
 */
export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
