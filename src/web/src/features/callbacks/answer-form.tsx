import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { callbacksApi } from '../../api/interactions.ts';
import type { Callback, Channel } from '../../api/types.ts';
import { CHANNEL_OPTIONS } from '../../components/channel-icon.tsx';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { refreshRelationship } from '../../lib/invalidate.ts';

const REPLY_CHANNELS: Channel[] = ['call', 'email', 'sms', 'voicemail', 'letter'];

/** Logs how the callback was answered (an outbound touch) and closes it. */
export function AnswerForm({ callback, onDone }: { callback: Callback; onDone: () => void }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [channel, setChannel] = useState<Channel>(
    REPLY_CHANNELS.includes(callback.request.channel) ? callback.request.channel : 'call',
  );
  const [summary, setSummary] = useState('');
  const answer = useMutation({
    mutationFn: () => callbacksApi.answer(callback.id, { channel, summary }),
    onSuccess: async () => {
      toast(`Answered ${callback.clientName}`);
      onDone();
      await refreshRelationship(queryClient, callback.clientId);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    answer.mutate();
  };
  return (
    <form className="answer-form" onSubmit={submit} aria-label={`Answer ${callback.clientName}`}>
      <ErrorBanner error={answer.error} fields={['channel', 'summary']} />
      <div className="answer-fields">
        <Field label="How" error={fieldError(answer.error, 'channel')}>
          <select value={channel} onChange={(event) => setChannel(event.target.value as Channel)}>
            {CHANNEL_OPTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="What you told them" error={fieldError(answer.error, 'summary')}>
          <input
            value={summary}
            onChange={(event) => setSummary(event.target.value)}
            placeholder="Called back, agreed to move the session to Friday"
            // biome-ignore lint/a11y/noAutofocus: the user just asked to answer; typing starts here
            autoFocus
            required
          />
        </Field>
      </div>
      <div className="form-actions">
        <button type="button" className="btn btn-small btn-ghost" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="btn btn-small btn-primary" disabled={answer.isPending}>
          {answer.isPending ? 'Saving…' : 'Log answer'}
        </button>
      </div>
    </form>
  );
}
