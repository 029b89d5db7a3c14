import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { addDays } from '../../../../core/calendar/today-in.ts';
import { DEFAULT_OUTREACH_BODY, DEFAULT_OUTREACH_SUBJECT } from '../../../../core/disruptions/outreach.ts';
import { disruptionKeys, disruptionsApi } from '../../api/disruptions.ts';
import type { DeclareInput } from '../../api/disruptions-types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { todayIn } from '../../lib/format.ts';
import { useSession } from '../auth/session.tsx';
import { type AudienceState, audienceInput, DeclareAudience } from './declare-audience.tsx';
import { DeclareTemplate } from './declare-template.tsx';
import { plural, promiseText } from './disruption-labels.ts';

/** "Declare a disruption": what is going on, who is affected, the time frame, the first message. */
export function DeclareDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog
      title="Declare a disruption"
      description="Every affected client gets an outreach task at once, and those with an e-mail address the message below."
      open={open}
      onClose={onClose}
      wide
    >
      <DeclareForm onDone={onClose} />
    </Dialog>
  );
}

const FIELDS = [
  'title',
  'clientMessage',
  'privateDetail',
  'startedOn',
  'audience',
  'estimateOn',
  'bufferDays',
  'cadenceDays',
  'callbackMinutes',
  'outreachSubject',
  'outreachBody',
];

function DeclareForm({ onDone }: { onDone: () => void }) {
  const { workspace } = useSession();
  const today = todayIn(workspace.timezone);
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [title, setTitle] = useState('');
  const [clientMessage, setClientMessage] = useState('');
  const [privateDetail, setPrivateDetail] = useState('');
  const [startedOn, setStartedOn] = useState(today);
  const [audience, setAudience] = useState<AudienceState>({ kind: 'all_active', tags: '', chosen: [] });
  const [estimateOn, setEstimateOn] = useState('');
  const [bufferDays, setBufferDays] = useState('7');
  const [cadenceDays, setCadenceDays] = useState('7');
  const [callbackMinutes, setCallbackMinutes] = useState('120');
  const [subject, setSubject] = useState(DEFAULT_OUTREACH_SUBJECT);
  const [body, setBody] = useState(DEFAULT_OUTREACH_BODY);
  const [problems, setProblems] = useState<Record<string, string>>({});

  const declare = useMutation({
    mutationFn: (input: DeclareInput) => disruptionsApi.declare(input),
    onSuccess: async ({ disruption, outreach }) => {
      toast(
        `Declared: ${plural(outreach.tasks, 'outreach task')}, ${plural(outreach.messagesQueued, 'message')} queued`,
      );
      onDone();
      await queryClient.invalidateQueries({ queryKey: disruptionKeys.list });
      navigate(`/disruptions/${disruption.id}/clients`);
    },
  });

  const buffer = Number(bufferDays);
  const promise = estimateOn && Number.isInteger(buffer) && buffer >= 0 ? addDays(estimateOn, buffer) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = 'Say what is going on, for the team';
    if (!clientMessage.trim()) found.clientMessage = 'Write what clients are told';
    if (audience.kind === 'chosen' && audience.chosen.length === 0)
      found.audience = 'Choose at least one client';
    if (audience.kind === 'filter' && !audience.tags.trim()) found.audience = 'Give at least one tag';
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    declare.mutate({
      title: title.trim(),
      clientMessage: clientMessage.trim(),
      privateDetail: privateDetail.trim() || null,
      startedOn,
      audience: audienceInput(audience),
      cadenceDays: Number(cadenceDays),
      callbackMinutes: Number(callbackMinutes),
      ...(estimateOn ? { estimateOn, bufferDays: buffer } : {}),
      outreachSubject: subject,
      outreachBody: body,
    });
  };
  const error = (field: string) => problems[field] ?? fieldError(declare.error, field);

  return (
    <form className="form-stack declare-form" onSubmit={submit} noValidate>
      <ErrorBanner error={declare.error} fields={FIELDS} />
      <Field label="Title" hint="For the team, e.g. “Olive is in hospital”." error={error('title')}>
        <input value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
      </Field>
      <Field
        label="What clients are told"
        hint="Honest, not intimate: what is going on and what it means for them."
        error={error('clientMessage')}
      >
        <textarea
          rows={3}
          value={clientMessage}
          maxLength={4000}
          onChange={(event) => setClientMessage(event.target.value)}
        />
      </Field>
      <Field
        label="Private detail — never shown to clients"
        optional
        hint="For the team and stand-ins only."
        error={error('privateDetail')}
        className="field-private"
      >
        <textarea
          rows={2}
          value={privateDetail}
          maxLength={10_000}
          onChange={(event) => setPrivateDetail(event.target.value)}
        />
      </Field>
      <DeclareAudience state={audience} onChange={setAudience} error={error('audience')} />

      <fieldset className="declare-time-frame">
        <legend className="label">Time frame</legend>
        <div className="form-row">
          <Field label="Started" error={error('startedOn')}>
            <input type="date" value={startedOn} onChange={(event) => setStartedOn(event.target.value)} />
          </Field>
          <Field
            label="Our estimate"
            optional
            hint="Back to normal by; never shown."
            error={error('estimateOn')}
          >
            <input
              type="date"
              value={estimateOn}
              min={today}
              onChange={(event) => setEstimateOn(event.target.value)}
            />
          </Field>
          <Field label="Buffer (days)" hint="Wiggle room." error={error('bufferDays')}>
            <input
              type="number"
              min={0}
              max={365}
              value={bufferDays}
              onChange={(event) => setBufferDays(event.target.value)}
            />
          </Field>
        </div>
        <p className="promise-live" aria-live="polite">
          Promise to clients:{' '}
          <strong>{promise ? promiseText(promise) : 'no date yet (give an estimate)'}</strong>
        </p>
      </fieldset>

      <div className="form-row">
        <Field label="Update every (days)" error={error('cadenceDays')}>
          <input
            type="number"
            min={1}
            max={365}
            value={cadenceDays}
            onChange={(event) => setCadenceDays(event.target.value)}
          />
        </Field>
        <Field label="Call back within (minutes)" error={error('callbackMinutes')}>
          <input
            type="number"
            min={5}
            max={10_080}
            value={callbackMinutes}
            onChange={(event) => setCallbackMinutes(event.target.value)}
          />
        </Field>
      </div>

      <DeclareTemplate
        subject={subject}
        body={body}
        onSubject={setSubject}
        onBody={setBody}
        errors={{ subject: error('outreachSubject'), body: error('outreachBody') }}
        sample={{
          clientName:
            audience.kind === 'chosen' && audience.chosen[0] ? audience.chosen[0].name : 'Ada Fielding',
          message: clientMessage.trim(),
          promisedOn: promise,
          businessName: workspace.name,
        }}
      />
      <div className="form-actions">
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={declare.isPending}>
          {declare.isPending ? 'Declaring…' : 'Declare and start outreach'}
        </button>
      </div>
    </form>
  );
}
