/** Every channel a touch can come through (DESIGN.md, relationship core). */
export const CHANNELS = [
  'call',
  'email',
  'letter',
  'note',
  'fax',
  'voicemail',
  'sms',
  'meeting_in_person',
  'meeting_video',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Inbound: the client reached us. Outbound: we reached them. Internal: a note nobody sent. */
export const DIRECTIONS = ['inbound', 'outbound', 'internal'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  call: 'Call',
  email: 'Email',
  letter: 'Letter',
  note: 'Note',
  fax: 'Fax',
  voicemail: 'Voicemail',
  sms: 'SMS',
  meeting_in_person: 'Meeting (face to face)',
  meeting_video: 'Meeting (video)',
  other: 'Other',
};

/**
 * Whether logging this interaction answers the client's open callbacks: any outbound
 * touch counts, or a meeting, which is two-way whoever arranged it.
 */
export function answersCallbacks(direction: Direction, channel: Channel): boolean {
  if (direction === 'outbound') return true;
  return channel === 'meeting_in_person' || channel === 'meeting_video';
}
