import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { disruptionKeys, disruptionsApi } from '../../api/disruptions.ts';
import type { Disruption, DisruptionPatch } from '../../api/disruptions-types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { useToast } from '../../components/toaster.tsx';
import { useSession } from '../auth/session.tsx';
import { CadenceFields } from './cadence-fields.tsx';
import { DeclareTemplate } from './declare-template.tsx';
import { DisruptionTextFields } from './disruption-text-fields.tsx';

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
  const [texts, setTexts] = useState({
    title: disruption.title,
    clientMessage: disruption.clientMessage,
    privateDetail: disruption.privateDetail,
  });
  const [cadence, setCadence] = useState({
    cadenceDays: String(disruption.cadenceDays),
    callbackMinutes: String(disruption.callbackMinutes),
  });
  const [template, setTemplate] = useState({
    outreachSubject: disruption.outreachSubject,
    outreachBody: disruption.outreachBody,
  });
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
      ...texts,
      cadenceDays: Number(cadence.cadenceDays),
      callbackMinutes: Number(cadence.callbackMinutes),
      ...template,
    });
  };
  const error = (field: string) => fieldError(save.error, field);
  return (
    <form className="form-stack" onSubmit={submit} noValidate>
      <ErrorBanner error={save.error} fields={FIELDS} />
      <DisruptionTextFields value={texts} onChange={setTexts} error={error} />
      <CadenceFields
        value={cadence}
        onChange={setCadence}
        error={error}
        cadenceHint="Moves every client’s next update."
      />
      <p className="muted">The outreach template below is used for clients added from now on.</p>
      <DeclareTemplate
        value={template}
        onChange={setTemplate}
        error={error}
        sample={{
          clientName: 'Ada Fielding',
          message: texts.clientMessage,
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
