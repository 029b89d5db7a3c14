import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { MessageSquareText, PhoneCall } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { planApi, planKeys } from '../../api/disruption-plan.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { LoadMoreFooter } from '../../components/load-more-footer.tsx';
import { useToast } from '../../components/toaster.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { refreshRelationship } from '../../lib/invalidate.ts';
import { useTimeZone } from '../auth/session.tsx';
import { AffectedClientChoice, type AffectedClientOption } from './affected-client-choice.tsx';

/** "Ask for their input as well": what clients said about the plan, from the team or their page. */
export function PlanInputs({ disruptionId }: { disruptionId: string }) {
  const timeZone = useTimeZone();
  const inputs = useInfiniteQuery({
    queryKey: planKeys.inputs(disruptionId),
    queryFn: ({ pageParam }) => planApi.inputs(disruptionId, { cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = inputs.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="card" aria-labelledby="inputs-heading">
      <header className="card-header">
        <h2 id="inputs-heading">
          <MessageSquareText size={17} aria-hidden="true" /> Clients’ input
        </h2>
      </header>
      <div className="card-body">
        <InputForm disruptionId={disruptionId} />
        <ErrorBanner error={inputs.error} />
        {inputs.isSuccess && items.length === 0 && (
          <EmptyState icon={MessageSquareText} title="No input yet" compact>
            What clients say about the plan — told to you, or sent from their page — collects here.
          </EmptyState>
        )}
        <ul className="input-list">
          {items.map((input) => (
            <li key={input.id} className="input-item">
              <p className="input-head">
                <strong>{input.client.name}</strong>
                <span className="badge badge-neutral">
                  {input.source === 'client_page'
                    ? 'From their page'
                    : `Logged by ${input.createdBy?.name ?? 'the team'}`}
                </span>
                {input.wantsCall && (
                  <span className="badge badge-warning">
                    <PhoneCall size={12} aria-hidden="true" /> Wants a call
                  </span>
                )}
                <span className="muted">{formatDateTime(input.createdAt, timeZone)}</span>
              </p>
              <p className="pre-wrap">{input.body}</p>
            </li>
          ))}
        </ul>
      </div>
      <LoadMoreFooter list={inputs} />
    </section>
  );
}

function InputForm({ disruptionId }: { disruptionId: string }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [client, setClient] = useState<AffectedClientOption | null>(null);
  const [body, setBody] = useState('');
  const [wantsCall, setWantsCall] = useState(false);
  const log = useMutation({
    mutationFn: () => planApi.logInput(disruptionId, client?.id ?? '', { body, wantsCall }),
    onSuccess: async (input) => {
      await queryClient.invalidateQueries({ queryKey: planKeys.inputs(disruptionId) });
      await refreshRelationship(queryClient, input.client.id);
      toast(input.callbackId ? 'Input logged; a callback is open' : 'Input logged on their timeline');
      setBody('');
      setWantsCall(false);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    log.mutate();
  };
  return (
    <form className="form-stack input-form" onSubmit={submit} noValidate aria-label="Log a client's input">
      <ErrorBanner error={log.error} fields={['body']} />
      <div className="form-row">
        <Field label="Client">
          <AffectedClientChoice disruptionId={disruptionId} chosen={client} onChange={setClient} />
        </Field>
      </div>
      <Field label="What they said about the plan" error={fieldError(log.error, 'body')}>
        <textarea rows={3} value={body} maxLength={4000} onChange={(event) => setBody(event.target.value)} />
      </Field>
      <div className="form-actions input-form-actions">
        <label className="check">
          <input
            type="checkbox"
            checked={wantsCall}
            onChange={(event) => setWantsCall(event.target.checked)}
          />
          They want a call back
        </label>
        <button
          type="submit"
          className="btn btn-primary btn-small"
          disabled={log.isPending || !client || !body.trim()}
        >
          Log input
        </button>
      </div>
    </form>
  );
}
