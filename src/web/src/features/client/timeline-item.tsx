import { AlarmClock, CircleCheck, Clock } from 'lucide-react';
import { Link } from 'wouter';
import type { Interaction } from '../../api/types.ts';
import { CHANNEL_LABELS, ChannelIcon, DIRECTION_LABELS } from '../../components/channel-icon.tsx';
import { formatDateTime, formatRelative, formatTime } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';

interface TimelineItemProps {
  interaction: Interaction & { clientName?: string };
  /**
   * On Today the client's name leads and the full date is shown; on the client's own page
   * the name is implied and items sit under a day heading, so only the time is shown.
   */
  showClient?: boolean;
  now: number;
}

/** One touch: channel and direction, what was said, who logged it and when. */
export function TimelineItem({ interaction, showClient, now }: TimelineItemProps) {
  const timeZone = useTimeZone();
  const { callback } = interaction;
  return (
    <li className="timeline-item" data-testid="timeline-item">
      <ChannelIcon channel={interaction.channel} direction={interaction.direction} />
      <div className="timeline-body">
        <p className="timeline-head">
          {showClient && interaction.clientName && (
            <>
              <Link href={`/clients/${interaction.clientId}`} className="timeline-client">
                {interaction.clientName}
              </Link>
              <span aria-hidden="true"> · </span>
            </>
          )}
          <span className="timeline-summary">{interaction.summary}</span>
        </p>
        <p className="timeline-meta">
          <span className={`direction direction-${interaction.direction}`}>
            {DIRECTION_LABELS[interaction.direction]}
          </span>{' '}
          {CHANNEL_LABELS[interaction.channel].toLowerCase()}
          {interaction.user && <> · {interaction.user.name}</>} ·{' '}
          <time dateTime={interaction.occurredAt} title={formatDateTime(interaction.occurredAt, timeZone)}>
            {showClient
              ? formatDateTime(interaction.occurredAt, timeZone)
              : formatTime(interaction.occurredAt, timeZone)}
          </time>
        </p>
        {interaction.body && <p className="timeline-text pre-wrap">{interaction.body}</p>}
        {callback && <CallbackPill callback={callback} now={now} />}
      </div>
    </li>
  );
}

function CallbackPill({ callback, now }: { callback: NonNullable<Interaction['callback']>; now: number }) {
  if (callback.answeredAt) {
    return (
      <span className="pill pill-success">
        <CircleCheck size={13} aria-hidden="true" /> Answered {formatRelative(callback.answeredAt, now)}
      </span>
    );
  }
  const overdue = new Date(callback.dueAt).getTime() < now;
  return (
    <span className={`pill ${overdue ? 'pill-danger' : 'pill-warning'}`}>
      {overdue ? <AlarmClock size={13} aria-hidden="true" /> : <Clock size={13} aria-hidden="true" />}
      {overdue ? 'Callback overdue' : 'Callback due'} {formatRelative(callback.dueAt, now)}
    </span>
  );
}
