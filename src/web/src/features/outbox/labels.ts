import type { OutboxStatus } from '../../api/outbox-types.ts';

export const STATUS_LABELS: Record<OutboxStatus, string> = {
  queued: 'Waiting',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** Failed is loud: a message that could not go needs a person. */
export const STATUS_TONES: Record<OutboxStatus, string> = {
  queued: 'badge-prospect',
  sending: 'badge-warning',
  sent: 'badge-success',
  failed: 'badge-danger',
  cancelled: 'badge-cancelled',
};

/** The tabs, in the order a person works through them. */
export const STATUS_FILTERS: OutboxStatus[] = ['failed', 'queued', 'sending', 'sent', 'cancelled'];

const SOURCE_LABELS: Record<string, string> = {
  disruption_outreach: 'Disruption: first contact',
  disruption_update: 'Disruption: update',
  disruption_repromise: 'Disruption: new date',
  disruption_meeting: 'Disruption: meeting invite',
  disruption_thanks: 'Disruption: thank-you',
  save_confirmation: 'Save desk: confirmation',
};

/** What asked for a message, in words: "Disruption: update", or the kind made readable. */
export function sourceLabel(kind: string): string {
  const known = SOURCE_LABELS[kind];
  if (known) return known;
  const words = kind.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
