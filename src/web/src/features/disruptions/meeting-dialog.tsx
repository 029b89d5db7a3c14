import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { planApi, planKeys } from '../../api/disruption-plan.ts';
import type { Meeting, MeetingKind } from '../../api/disruption-plan-types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { refreshRelationship } from '../../lib/invalidate.ts';
import { useTimeZone } from '../auth/session.tsx';
import { fromZonedInput, toZonedInput } from '../client/zoned-time.ts';
import { AffectedClientChoice, type AffectedClientOption } from './affected-client-choice.tsx';
import { MEETING_KIND_OPTIONS } from './oversight-labels.ts';

const DURATIONS = [15, 30, 45, 60, 90, 120];
const FIELDS = ['kind', 'startsAt', 'durationMinutes', 'location', 'notes'];

interface MeetingDialogProps {
  disruptionId: string;
  open: boolean;
  onClose: () => void;
  /** A meeting to move; without it a new one is booked. */
  meeting?: Meeting;
  /** Preselects the client of a new meeting. */
  client?: AffectedClientOption;
}

/** Book (or move) a meeting to tell a client the plan: face to face first, then video or phone. */
export function MeetingDialog({ disruptionId, open, onClose, meeting, client }: MeetingDialogProps) {
  return (
    <Dialog
      title={meeting ? `Move the meeting with ${meeting.client.name}` : 'Schedule a meeting'}
      description="Face to face is best. The client gets a calendar invite (.ics)."
      open={open}
      onClose={onClose}
    >
      {open && (
        <MeetingForm disruptionId={disruptionId} meeting={meeting} client={client} onClose={onClose} />
      )}
    </Dialog>
  );
}

function MeetingForm({ disruptionId, meeting, client, onClose }: Omit<MeetingDialogProps, 'open'>) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const timeZone = useTimeZone();
  const tomorrowTen = `${toZonedInput(Date.now() + 86_400_000, timeZone).slice(0, 10)}T10:00`;
  const [picked, setPicked] = useState<AffectedClientOption | null>(client ?? null);
  const [kind, setKind] = useState<MeetingKind>(meeting?.kind ?? 'face_to_face');
  const [when, setWhen] = useState(
    meeting ? toZonedInput(new Date(meeting.startsAt).getTime(), timeZone) : tomorrowTen,
  );
  const [duration, setDuration] = useState(meeting?.durationMinutes ?? 45);
  const [location, setLocation] = useState(meeting?.location ?? '');
  const [notes, setNotes] = useState(meeting?.notes ?? '');
  const [send, setSend] = useState(true);
  const chosen = meeting?.client ?? picked;
  const option = MEETING_KIND_OPTIONS.find((item) => item.kind === kind) ?? MEETING_KIND_OPTIONS[0];

  const save = useMutation({
    mutationFn: () => {
      const startsAt = fromZonedInput(when, timeZone)?.toISOString() ?? when;
      const fields = {
        kind,
        startsAt,
        durationMinutes: duration,
        location,
        notes,
        send: send && !!chosen?.email,
      };
      return meeting
        ? planApi.updateMeeting(disruptionId, meeting.id, fields)
        : planApi.schedule(disruptionId, picked?.id ?? '', fields);
    },
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: planKeys.meetings(disruptionId) });
      await refreshRelationship(queryClient, result.meeting.client.id);
      toast(
        result.invite.queued
          ? `Invite queued for ${result.meeting.client.name}`
          : `Meeting ${meeting ? 'moved' : 'booked'} — download the invite to share it`,
      );
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <form className="form-stack" onSubmit={submit} noValidate>
      <ErrorBanner error={save.error} fields={FIELDS} />
      {!meeting && (
        <Field label="Client">
          <AffectedClientChoice disruptionId={disruptionId} chosen={picked} onChange={setPicked} />
        </Field>
      )}
      <fieldset className="meeting-kinds">
        <legend>How</legend>
        <div className="segmented">
          {MEETING_KIND_OPTIONS.map((item) => (
            <label key={item.kind}>
              <input
                type="radio"
                name="meeting-kind"
                value={item.kind}
                checked={kind === item.kind}
                onChange={() => setKind(item.kind)}
              />
              {item.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-row meeting-when-row">
        <Field label="When" hint={timeZone} error={fieldError(save.error, 'startsAt')}>
          <input type="datetime-local" value={when} onChange={(event) => setWhen(event.target.value)} />
        </Field>
        <Field label="Length" error={fieldError(save.error, 'durationMinutes')}>
          <select value={duration} onChange={(event) => setDuration(Number(event.target.value))}>
            {DURATIONS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes} minutes
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={option?.location ?? 'Where'} optional error={fieldError(save.error, 'location')}>
        <input
          value={location}
          maxLength={500}
          placeholder={option?.placeholder}
          onChange={(event) => setLocation(event.target.value)}
        />
      </Field>
      <Field
        label="Note in the invite"
        optional
        hint="The client reads this."
        error={fieldError(save.error, 'notes')}
      >
        <textarea
          rows={3}
          value={notes}
          maxLength={4000}
          onChange={(event) => setNotes(event.target.value)}
        />
      </Field>
      <label className="check">
        <input
          type="checkbox"
          checked={send && !!chosen?.email}
          disabled={!chosen?.email}
          onChange={(event) => setSend(event.target.checked)}
        />
        {chosen && !chosen.email
          ? `${chosen.name} has no e-mail address: download the invite instead`
          : `E-mail the invite${chosen ? ` to ${chosen.email}` : ''}`}
      </label>
      <div className="form-actions">
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={save.isPending || (!meeting && !picked)}>
          {meeting ? 'Move meeting' : 'Schedule'}
        </button>
      </div>
    </form>
  );
}
