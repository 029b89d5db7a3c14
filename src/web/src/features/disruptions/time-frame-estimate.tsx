import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { promiseFor } from '../../../../core/disruptions/time-frame.ts';
import { disruptionKeys, disruptionsApi } from '../../api/disruptions.ts';
import type {
  ClientToTellRow,
  Disruption,
  EstimateInput,
  EstimateResult,
} from '../../api/disruptions-types.ts';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { plural, promiseText } from './disruption-labels.ts';
import { EstimateFields, livePromise } from './estimate-fields.tsx';

/**
 * Move the estimate. Inside the promise nothing changes for clients; past it, the answer
 * lists who must be told and proposes a new promise, which the owner confirms here.
 */
export function TimeFrameEstimate({ disruption }: { disruption: Disruption }) {
  const queryClient = useQueryClient();
  const [estimate, setEstimate] = useState({
    estimateOn: disruption.estimateOn ?? '',
    bufferDays: String(disruption.bufferDays),
  });
  const [reason, setReason] = useState('');
  const [result, setResult] = useState<EstimateResult | null>(null);
  const move = useMutation({
    mutationFn: (input: EstimateInput) => disruptionsApi.moveEstimate(disruption.id, input),
    onSuccess: async (answer) => {
      setResult(answer);
      setReason('');
      await queryClient.invalidateQueries({ queryKey: disruptionKeys.one(disruption.id) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    move.mutate({
      estimateOn: estimate.estimateOn,
      bufferDays: Number(estimate.bufferDays),
      reason: reason.trim() || null,
    });
  };
  const error = (field: string) => fieldError(move.error, field);
  const wouldPromise = livePromise(estimate);
  // Slipped earlier (or in another session): the proposal is the estimate plus the buffer.
  const pending =
    result?.outcome === 'slipped'
      ? result
      : disruption.estimatePastPromise && disruption.estimateOn
        ? { proposedPromisedOn: promiseFor(disruption.estimateOn, disruption.bufferDays), mustBeTold: null }
        : null;

  return (
    <section className="card" aria-labelledby="estimate-heading">
      <header className="card-header">
        <h2 id="estimate-heading">{disruption.estimateOn ? 'Move the estimate' : 'Give an estimate'}</h2>
      </header>
      <form className="card-body form-stack" onSubmit={submit} noValidate>
        <ErrorBanner error={move.error} fields={['estimateOn', 'bufferDays', 'reason']} />
        <div className="form-row">
          <EstimateFields value={estimate} onChange={setEstimate} error={error} required />
        </div>
        <Field label="Why it moved" optional error={error('reason')}>
          <input value={reason} maxLength={1000} onChange={(event) => setReason(event.target.value)} />
        </Field>
        <div className="form-actions">
          <p className="muted promise-live">
            {disruption.promisedOn
              ? `Promise now: ${promiseText(disruption.promisedOn)}`
              : `First promise: ${wouldPromise ? promiseText(wouldPromise) : '—'}`}
          </p>
          <button type="submit" className="btn btn-primary" disabled={move.isPending || !estimate.estimateOn}>
            {move.isPending ? 'Saving…' : 'Save the estimate'}
          </button>
        </div>
        {result && result.outcome !== 'slipped' && (
          <p
            className={`banner ${result.outcome === 'promise_stands' ? 'banner-info' : 'banner-warning'}`}
            role="status"
          >
            {result.message}
          </p>
        )}
      </form>
      {pending && (
        <ConfirmPromise
          disruption={disruption}
          proposed={pending.proposedPromisedOn ?? ''}
          message={result?.outcome === 'slipped' ? result.message : null}
          clients={pending.mustBeTold?.clients ?? null}
          onDone={() => setResult(null)}
        />
      )}
    </section>
  );
}

function ConfirmPromise({
  disruption,
  proposed,
  message,
  clients,
  onDone,
}: {
  disruption: Disruption;
  proposed: string;
  message: string | null;
  clients: ClientToTellRow[] | null;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [promisedOn, setPromisedOn] = useState(proposed);
  const [reason, setReason] = useState('');
  const confirm = useMutation({
    mutationFn: () => disruptionsApi.setPromise(disruption.id, { promisedOn, reason }),
    onSuccess: async (updated) => {
      toast(`New promise: ${promiseText(updated.promisedOn)}`);
      onDone();
      await queryClient.invalidateQueries({ queryKey: disruptionKeys.one(disruption.id) });
      await queryClient.invalidateQueries({ queryKey: disruptionKeys.list });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate();
  };
  const shown = clients?.slice(0, 12) ?? [];
  return (
    <form
      className="card-body form-stack slipped"
      onSubmit={submit}
      noValidate
      aria-labelledby="slipped-heading"
    >
      <h3 id="slipped-heading">The estimate is past the promise</h3>
      {message && <p>{message}</p>}
      {clients && (
        <div>
          <p className="label">{plural(clients.length, 'client')} will have to be told the new date</p>
          <ul className="tell-list">
            {shown.map((client) => (
              <li key={client.clientId}>{client.name}</li>
            ))}
            {clients.length > shown.length && (
              <li className="muted">and {clients.length - shown.length} more</li>
            )}
          </ul>
        </div>
      )}
      <ErrorBanner error={confirm.error} fields={['promisedOn', 'reason']} />
      <div className="form-row">
        <Field
          label="New promise"
          hint="On or after the estimate."
          error={fieldError(confirm.error, 'promisedOn')}
        >
          <input
            type="date"
            value={promisedOn}
            min={disruption.estimateOn ?? undefined}
            onChange={(event) => setPromisedOn(event.target.value)}
          />
        </Field>
        <Field label="Why" error={fieldError(confirm.error, 'reason')}>
          <input
            value={reason}
            maxLength={1000}
            placeholder="Recovery is taking longer"
            onChange={(event) => setReason(event.target.value)}
          />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={confirm.isPending || !reason.trim()}>
          {confirm.isPending ? 'Saving…' : `Promise ${promisedOn ? promiseText(promisedOn) : ''}`}
        </button>
      </div>
    </form>
  );
}
