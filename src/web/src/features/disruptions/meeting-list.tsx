import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CalendarPlus, Download, MapPin, Phone, Send, Users, Video } from 'lucide-react';
import { useState } from 'react';
import { planApi, planKeys } from '../../api/disruption-plan.ts';
import type { Meeting, MeetingKind, MeetingPatch } from '../../api/disruption-plan-types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { useToast } from '../../components/toaster.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { refreshRelationship } from '../../lib/invalidate.ts';
import { useTimeZone } from '../auth/session.tsx';
import { MeetingDialog } from './meeting-dialog.tsx';
import { MEETING_KIND_LABELS } from './oversight-labels.ts';

const KIND_ICONS: Record<MeetingKind, typeof Users> = { face_to_face: Users, video: Video, phone: Phone };
const STATUS_TONES = {
  scheduled: 'badge-neutral',
  held: 'badge-success',
  cancelled: 'badge-danger',
} as const;
const STATUS_LABELS = { scheduled: 'Scheduled', held: 'Held', cancelled: 'Cancelled' } as const;

/** Meetings with clients about the plan, soonest first, with their invites. */
export function MeetingList({ disruptionId }: { disruptionId: string }) {
  const [dialog, setDialog] = useState<{ meeting?: Meeting } | null>(null);
  const meetings = useQuery({
    queryKey: planKeys.meetings(disruptionId),
    queryFn: () => planApi.meetings(disruptionId),
  });
  const items = meetings.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="meetings-heading">
      <header className="card-header">
        <h2 id="meetings-heading">
          <CalendarPlus size={17} aria-hidden="true" /> Meetings
        </h2>
        <button type="button" className="btn btn-primary btn-small" onClick={() => setDialog({})}>
          Schedule a meeting
        </button>
      </header>
      <div className="card-body">
        <ErrorBanner error={meetings.error} />
        {meetings.isSuccess && items.length === 0 && (
          <EmptyState icon={CalendarPlus} title="No meetings yet" compact>
            Meet each client to tell them the plan — face to face is best — and ask what they think.
          </EmptyState>
        )}
        <ul className="meeting-list">
          {items.map((meeting) => (
            <MeetingItem
              key={meeting.id}
              disruptionId={disruptionId}
              meeting={meeting}
              onMove={() => setDialog({ meeting })}
            />
          ))}
        </ul>
      </div>
      <MeetingDialog
        disruptionId={disruptionId}
        open={dialog !== null}
        meeting={dialog?.meeting}
        onClose={() => setDialog(null)}
      />
    </section>
  );
}

function MeetingItem({
  disruptionId,
  meeting,
  onMove,
}: {
  disruptionId: string;
  meeting: Meeting;
  onMove: () => void;
}) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const timeZone = useTimeZone();
  const Icon = KIND_ICONS[meeting.kind];
  const started = new Date(meeting.startsAt).getTime() <= Date.now();
  const change = useMutation({
    mutationFn: (patch: MeetingPatch) => planApi.updateMeeting(disruptionId, meeting.id, patch),
    onSuccess: async (result, patch) => {
      await queryClient.invalidateQueries({ queryKey: planKeys.meetings(disruptionId) });
      await refreshRelationship(queryClient, meeting.client.id);
      if (patch.status === 'held') toast('Logged on the client’s timeline');
      else if (patch.status === 'cancelled')
        toast(result.invite.queued ? 'Cancelled; the client is told' : 'Cancelled');
      else toast(result.invite.queued ? 'Invite queued' : 'Nothing to send: no e-mail address');
    },
  });
  return (
    <li className={`meeting-item meeting-${meeting.status}`}>
      <span className="meeting-icon" aria-hidden="true">
        <Icon size={18} />
      </span>
      <div className="meeting-main">
        <p>
          <strong>{meeting.client.name}</strong>{' '}
          <span className="muted">· {MEETING_KIND_LABELS[meeting.kind]}</span>{' '}
          <span className={`badge ${STATUS_TONES[meeting.status]}`}>{STATUS_LABELS[meeting.status]}</span>
        </p>
        <p className="muted">
          {formatDateTime(meeting.startsAt, timeZone)} · {meeting.durationMinutes} min
          {meeting.location && (
            <>
              {' '}
              · <MapPin size={13} aria-hidden="true" /> {meeting.location}
            </>
          )}
        </p>
        <ErrorBanner error={change.error} />
      </div>
      <div className="meeting-actions">
        <a className="btn btn-small" href={meeting.inviteUrl} download>
          <Download size={15} aria-hidden="true" /> .ics
        </a>
        {meeting.status === 'scheduled' && (
          <>
            {meeting.client.email && (
              <button
                type="button"
                className="btn btn-small"
                disabled={change.isPending}
                onClick={() => change.mutate({ send: true })}
              >
                <Send size={15} aria-hidden="true" /> Send invite
              </button>
            )}
            {started ? (
              <button
                type="button"
                className="btn btn-small btn-primary"
                disabled={change.isPending}
                onClick={() => change.mutate({ status: 'held' })}
              >
                Mark held
              </button>
            ) : (
              <button type="button" className="btn btn-small" onClick={onMove}>
                Move
              </button>
            )}
            <button
              type="button"
              className="btn btn-small btn-ghost"
              disabled={change.isPending}
              onClick={() =>
                window.confirm(`Cancel the meeting with ${meeting.client.name}?`) &&
                change.mutate({ status: 'cancelled', send: !!meeting.client.email })
              }
            >
              Cancel
            </button>
          </>
        )}
      </div>
    </li>
  );
}
