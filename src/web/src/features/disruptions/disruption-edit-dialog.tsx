import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { disruptionKeys, disruptionsApi } from '../../api/disruptions.ts';
import type { Disruption, DisruptionPatch } from '../../api/disruptions-types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { useSession } from '../auth/session.tsx';
import { DeclareTemplate } from './declare-template.tsx';

const FIELDS = [
  'title',
  'clientMessage',
  'privateDetail',
  'cadenceDays',
  'callbackMinutes',
  'outreachSubject',
  'outreachBody',
];

/** Edit the texts and settings of an active disruption; the template applies to clients added later. */
export function DisruptionEditDialog({
  disruption,
  open,
  onClose,
}: {
  disruption: Disruption;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <Dialog title="Edit the disruption" open={open} onClose={onClose} wide>
      <EditForm disruption={disruption} onDone={onClose} />
    </Dialog>
  );
}

function EditForm({ disruption, onDone }: { disruption: Disruption; onDone: () => void }) {
  const { workspace } = useSession();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [title, setTitle] = useState(disruption.title);
  const [clientMessage, setClientMessage] = useState(disruption.clientMessage);
  const [privateDetail, setPrivateDetail] = useState(disruption.privateDetail);
  const [cadenceDays, setCadenceDays] = useState(String(disruption.cadenceDays));
  const [callbackMinutes, setCallbackMinutes] = useState(String(disruption.callbackMinutes));
  const [subject, setSubject] = useState(disruption.outreachSubject);
  const [body, setBody] = useState(disruption.outreachBody);
  const save = useMutation({
    mutationFn: (patch: DisruptionPatch) => disruptionsApi.update(disruption.id, patch),
    onSuccess: async () => {
      toast('Disruption saved');
      onDone();
      await queryClient.invalidateQueries({ queryKey: disruptionKeys.one(disruption.id) });
      await queryClient.invalidateQueries({ queryKey: disruptionKeys.list });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      title,
      clientMessage,
      privateDetail,
      cadenceDays: Number(cadenceDays),
      callbackMinutes: Number(callbackMinutes),
      outreachSubject: subject,
      outreachBody: body,
    });
  };
  const error = (field: string) => fieldError(save.error, field);
  return (
    <form className="form-stack" onSubmit={submit} noValidate>
      <ErrorBanner error={save.error} fields={FIELDS} />
      <Field label="Title" error={error('title')}>
        <input value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
      </Field>
      <Field label="What clients are told" error={error('clientMessage')}>
        <textarea rows={3} value={clientMessage} onChange={(event) => setClientMessage(event.target.value)} />
      </Field>
      <Field
        label="Private detail — never shown to clients"
        optional
        error={error('privateDetail')}
        className="field-private"
      >
        <textarea rows={2} value={privateDetail} onChange={(event) => setPrivateDetail(event.target.value)} />
      </Field>
      <div className="form-row">
        <Field
          label="Update every (days)"
          hint="Moves every client’s next update."
          error={error('cadenceDays')}
        >
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
      <p className="muted">The outreach template below is used for clients added from now on.</p>
      <DeclareTemplate
        subject={subject}
        body={body}
        onSubject={setSubject}
        onBody={setBody}
        errors={{ subject: error('outreachSubject'), body: error('outreachBody') }}
        sample={{
          clientName: 'Ada Fielding',
          message: clientMessage,
          promisedOn: disruption.promisedOn,
          businessName: workspace.name,
        }}
      />
      <div className="form-actions">
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
