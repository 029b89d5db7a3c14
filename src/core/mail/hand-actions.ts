import type { OutboxStatus } from './outbox-status.ts';

/** What a person may do to a message from the Outbox page. */
export const HAND_ACTIONS = ['retry', 'mark_sent', 'cancel'] as const;
export type HandAction = (typeof HAND_ACTIONS)[number];

/**
 * Which states each action starts from. A message the sender holds (`sending`) is left
 * alone until its attempt ends; `sent` and `cancelled` are final. Retry is for `failed`
 * only: a queued message is already waiting for its next try.
 */
const ALLOWED_FROM: Record<HandAction, readonly OutboxStatus[]> = {
  retry: ['failed'],
  mark_sent: ['queued', 'failed'],
  cancel: ['queued', 'failed'],
};

export function canApply(action: HandAction, status: OutboxStatus): boolean {
  return ALLOWED_FROM[action].includes(status);
}

/** The actions open to a message in `status`, in the order the page shows them. */
export function handActionsFor(status: OutboxStatus): HandAction[] {
  return HAND_ACTIONS.filter((action) => canApply(action, status));
}

/** Why `action` cannot apply to a message in `status`, in words for the person who asked. */
export function handActionRefusal(action: HandAction, status: OutboxStatus): string | null {
  if (canApply(action, status)) return null;
  if (status === 'sending') return 'The message is being sent right now; wait for the attempt to finish';
  if (status === 'sent') return 'The message was already sent';
  if (status === 'cancelled') return 'The message was cancelled';
  return 'Only a failed message can be retried; this one is still queued for its next try';
}
