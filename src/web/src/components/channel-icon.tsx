import {
  type LucideIcon,
  Mail,
  MailOpen,
  MessageSquare,
  Phone,
  Printer,
  StickyNote,
  Users,
  Video,
  Voicemail,
  Waypoints,
} from 'lucide-react';
import type { Channel, Direction } from '../api/types.ts';

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

export const CHANNEL_OPTIONS = Object.entries(CHANNEL_LABELS) as [Channel, string][];

const ICONS: Record<Channel, LucideIcon> = {
  call: Phone,
  email: Mail,
  letter: MailOpen,
  note: StickyNote,
  fax: Printer,
  voicemail: Voicemail,
  sms: MessageSquare,
  meeting_in_person: Users,
  meeting_video: Video,
  other: Waypoints,
};

export const DIRECTION_LABELS: Record<Direction, string> = {
  inbound: 'Inbound',
  outbound: 'Outbound',
  internal: 'Internal',
};

/** The channel's icon in a disc coloured by direction: who reached whom, at a glance. */
export function ChannelIcon({
  channel,
  direction,
  size = 16,
}: {
  channel: Channel;
  direction?: Direction;
  size?: number;
}) {
  const Icon = ICONS[channel] ?? Waypoints;
  return (
    <span className={`channel-icon channel-${direction ?? 'neutral'}`} aria-hidden="true">
      <Icon size={size} />
    </span>
  );
}
