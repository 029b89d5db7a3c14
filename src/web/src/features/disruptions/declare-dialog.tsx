import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { DEFAULT_OUTREACH_BODY, DEFAULT_OUTREACH_SUBJECT } from '../../../../core/disruptions/outreach.ts';
import { disruptionKeys, disruptionsApi } from '../../api/disruptions.ts';
import type { DeclareInput } from '../../api/disruptions-types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { todayIn } from '../../lib/format.ts';
import { useSession } from '../auth/session.tsx';
import { CadenceFields } from './cadence-fields.tsx';
import { type AudienceState, audienceInput, DeclareAudience } from './declare-audience.tsx';
import { DeclareTemplate } from './declare-template.tsx';
import { plural, promiseText } from './disruption-labels.ts';
import { DisruptionTextFields } from './disruption-text-fields.tsx';
import { EstimateFields, livePromise } from './estimate-fields.tsx';

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
  const [texts, setTexts] = useState({ title: '', clientMessage: '', privateDetail: '' });
  const [startedOn, setStartedOn] = useState(today);
  const [audience, setAudience] = useState<AudienceState>({ kind: 'all_active', tags: '', chosen: [] });
  const [estimate, setEstimate] = useState({ estimateOn: '', bufferDays: '7' });
  const [cadence, setCadence] = useState({ cadenceDays: '7', callbackMinutes: '120' });
  const [template, setTemplate] = useState({
    outreachSubject: DEFAULT_OUTREACH_SUBJECT,
    outreachBody: DEFAULT_OUTREACH_BODY,
  });
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

  const promise = livePromise(estimate);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!texts.title.trim()) found.title = 'Say what is going on, for the team';
    if (!texts.clientMessage.trim()) found.clientMessage = 'Write what clients are told';
    if (audience.kind === 'chosen' && audience.chosen.length === 0)
      found.audience = 'Choose at least one client';
    if (audience.kind === 'filter' && !audience.tags.trim()) found.audience = 'Give at least one tag';
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    declare.mutate({
      title: texts.title.trim(),
      clientMessage: texts.clientMessage.trim(),
      privateDetail: texts.privateDetail.trim() || null,
      startedOn,
      audience: audienceInput(audience),
      cadenceDays: Number(cadence.cadenceDays),
      callbackMinutes: Number(cadence.callbackMinutes),
      ...(estimate.estimateOn
        ? { estimateOn: estimate.estimateOn, bufferDays: Number(estimate.bufferDays) }
        : {}),
      ...template,
    });
  };
  const error = (field: string) => problems[field] ?? fieldError(declare.error, field);

  return (
    <form className="form-stack declare-form" onSubmit={submit} noValidate>
      <ErrorBanner error={declare.error} fields={FIELDS} />
      <DisruptionTextFields value={texts} onChange={setTexts} error={error} />
      <DeclareAudience state={audience} onChange={setAudience} error={error('audience')} />

      <fieldset className="declare-time-frame">
        <legend className="label">Time frame</legend>
        <div className="form-row">
          <Field label="Started" error={error('startedOn')}>
            <input type="date" value={startedOn} onChange={(event) => setStartedOn(event.target.value)} />
          </Field>
          <EstimateFields value={estimate} onChange={setEstimate} error={error} />
        </div>
        <p className="promise-live" aria-live="polite">
          Promise to clients:{' '}
          <strong>{promise ? promiseText(promise) : 'no date yet (give an estimate)'}</strong>
        </p>
      </fieldset>

      <CadenceFields value={cadence} onChange={setCadence} error={error} />

      <DeclareTemplate
        value={template}
        onChange={setTemplate}
        error={error}
        sample={{
          clientName:
            audience.kind === 'chosen' && audience.chosen[0] ? audience.chosen[0].name : 'Ada Fielding',
          message: texts.clientMessage.trim(),
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
