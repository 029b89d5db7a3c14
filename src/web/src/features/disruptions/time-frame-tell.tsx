import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Mail, PhoneCall } from 'lucide-react';
import { useState } from 'react';
import { disruptionKeys, disruptionsApi } from '../../api/disruptions.ts';
import type { Disruption, TellInput, TellResult } from '../../api/disruptions-types.ts';
import { CHANNEL_LABELS } from '../../components/channel-icon.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { useToast } from '../../components/toaster.tsx';
import { plural, promiseText } from './disruption-labels.ts';

/**
 * "Tell them": send the new date to clients reached by e-mail, and list the others to
 * call; once called, mark them told. Until then they stay flagged on the Clients tab.
 */
export function TimeFrameTell({ disruption }: { disruption: Disruption }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [result, setResult] = useState<TellResult | null>(null);
  const tell = useMutation({
    mutationFn: (input: TellInput) => disruptionsApi.tell(disruption.id, input),
    onSuccess: async (answer) => {
      setResult(answer);
      toast(`${plural(answer.told, 'client')} told ${promiseText(answer.promisedOn)}`);
      await queryClient.invalidateQueries({ queryKey: disruptionKeys.one(disruption.id) });
    },
  });
  const count = disruption.counts.mustBeTold;
  const toCall = result?.notSent ?? [];
  return (
    <section className="card card-attention" aria-labelledby="tell-heading">
      <header className="card-header">
        <h2 id="tell-heading">
          Tell them <span className="card-count">{count}</span>
        </h2>
      </header>
      <div className="card-body form-stack">
        <p>
          {plural(count, 'client has', 'clients have')} not been told{' '}
          <strong>{promiseText(disruption.promisedOn)}</strong> yet.
        </p>
        <ErrorBanner error={tell.error} />
        <div className="form-actions tell-actions">
          <button
            type="button"
            className="btn"
            disabled={tell.isPending}
            onClick={() => {
              if (window.confirm(`Mark all ${count} as told? Only if they heard the date some other way.`))
                tell.mutate({ send: false });
            }}
          >
            Mark all as told
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={tell.isPending}
            onClick={() => tell.mutate({ send: true })}
          >
            <Mail size={16} aria-hidden="true" /> Send the new date by e-mail
          </button>
        </div>
        {result && (
          <p className="banner banner-info" role="status">
            {plural(result.messagesQueued, 'message')} queued in the outbox
            {result.told > result.messagesQueued && `; ${result.told - result.messagesQueued} marked told`}.
          </p>
        )}
        {toCall.length > 0 && (
          <div className="tell-call">
            <p className="label">
              <PhoneCall size={14} aria-hidden="true" /> Reach these yourself, then mark them told
            </p>
            <ul className="tell-list">
              {toCall.map((client) => (
                <li key={client.clientId}>
                  {client.name} <span className="muted">· {CHANNEL_LABELS[client.channel]}</span>
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="btn btn-small"
              disabled={tell.isPending}
              onClick={() => tell.mutate({ send: false, clientIds: toCall.map((client) => client.clientId) })}
            >
              They have been told
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
