import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useState } from 'react';
import { type InteractionInput, interactionsApi, type LoggedInteraction } from '../../api/interactions.ts';
import type { Channel, Direction } from '../../api/types.ts';
import { CHANNEL_LABELS, CHANNEL_OPTIONS, DIRECTION_LABELS } from '../../components/channel-icon.tsx';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { formatTime, plural } from '../../lib/format.ts';
import { refreshRelationship } from '../../lib/invalidate.ts';
import { useTimeZone } from '../auth/session.tsx';
import { NeedsResponseCheck } from './needs-response-check.tsx';
import { WhenField } from './when-field.tsx';
import { fromZonedInput } from './zoned-time.ts';

const DIRECTIONS: Direction[] = ['inbound', 'outbound', 'internal'];
const PLACEHOLDERS: Record<Direction, string> = {
  inbound: 'Asked to move Thursday’s session',
  outbound: 'Sent the revised proposal',
  internal: 'Checked which offers they qualify for',
};
// Problems with these show beside their field; any other lands in the banner.
const FIELDS = ['channel', 'occurredAt', 'summary', 'body', 'needsResponse'];

/** The server's default, shown up front: a request wants an answer unless it is a note or a meeting. */
function expectsResponse(direction: Direction, channel: Channel): boolean {
  return direction === 'inbound' && !['note', 'meeting_in_person', 'meeting_video'].includes(channel);
}

/** What the toast says: the touch, and the callback it opened or the ones it answered. */
function loggedMessage(result: LoggedInteraction, timeZone: string): string {
  const what = CHANNEL_LABELS[result.interaction.channel];
  if (result.openedCallback) {
    return `${what} logged — callback due by ${formatTime(result.openedCallback.dueAt, timeZone)}`;
  }
  const answered = result.answeredCallbacks.length;
  if (answered > 0) return `${what} logged — answered ${plural(answered, 'callback')}`;
  return `${what} logged`;
}

/**
 * Logs one touch on the timeline. Left untouched, "when" is the server's "now", so a form
 * left open does not log a stale time; an edited time is read in the workspace's zone.
 */
export function LogInteractionForm({ clientId }: { clientId: string }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const timeZone = useTimeZone();
  const [direction, setDirection] = useState<Direction>('inbound');
  const [channel, setChannel] = useState<Channel>('call');
  const [when, setWhen] = useState<string | null>(null);
  const [summary, setSummary] = useState('');
  const [body, setBody] = useState('');
  const [needsResponse, setNeedsResponse] = useState<boolean | null>(null);
  const [isSummaryMissing, setSummaryMissing] = useState(false);
  const wantsAnswer = direction === 'inbound' && (needsResponse ?? expectsResponse(direction, channel));

  const log = useMutation({
    mutationFn: () => {
      const input: InteractionInput = { channel, direction, summary, body: body.trim() || undefined };
      // Cleared or never touched: "now", decided by the server's clock.
      if (when) input.occurredAt = fromZonedInput(when, timeZone)?.toISOString() ?? when;
      if (direction === 'inbound') input.needsResponse = wantsAnswer;
      return interactionsApi.log(clientId, input);
    },
    onSuccess: async (result) => {
      toast(loggedMessage(result, timeZone));
      setSummary('');
      setBody('');
      setWhen(null);
      setNeedsResponse(null);
      await refreshRelationship(queryClient, clientId);
    },
  });
  const submit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    // The one mistake everyone makes is caught here; everything else the API checks.
    if (!summary.trim()) {
      log.reset();
      setSummaryMissing(true);
      return;
    }
    if (!log.isPending) log.mutate();
  };
  // In the notes, Ctrl+Enter (⌘+Enter) logs without reaching for the mouse.
  const submitOnModEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
  };
  // Correcting a field the API complained about clears its complaint.
  const edited = (field: string) => {
    if (fieldError(log.error, field)) log.reset();
  };
  const error = (field: string) =>
    field === 'summary' && isSummaryMissing
      ? 'Say in a line what it was about'
      : fieldError(log.error, field);

  return (
    <section className="card log-card" aria-labelledby="log-heading">
      <header className="card-header">
        <h2 id="log-heading">Log an interaction</h2>
      </header>
      <form className="log-form card-body" onSubmit={submit} noValidate>
        <ErrorBanner error={log.error} fields={FIELDS} />
        <fieldset className="segmented log-direction">
          <legend className="visually-hidden">Direction</legend>
          {DIRECTIONS.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`direction-${clientId}`}
                value={value}
                checked={direction === value}
                onChange={() => setDirection(value)}
              />
              {DIRECTION_LABELS[value]}
            </label>
          ))}
        </fieldset>
        <div className="log-row">
          <Field label="Channel" error={error('channel')}>
            <select value={channel} onChange={(event) => setChannel(event.target.value as Channel)}>
              {CHANNEL_OPTIONS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
          <WhenField
            value={when}
            error={error('occurredAt')}
            onChange={(value) => {
              setWhen(value);
              edited('occurredAt');
            }}
          />
        </div>
        <Field label="Summary" error={error('summary')}>
          <input
            value={summary}
            onChange={(event) => {
              setSummary(event.target.value);
              setSummaryMissing(false);
              edited('summary');
            }}
            placeholder={PLACEHOLDERS[direction]}
            maxLength={500}
            autoComplete="off"
          />
        </Field>
        <Field label="Notes" error={error('body')} optional>
          <textarea
            value={body}
            onChange={(event) => setBody(event.target.value)}
            onKeyDown={submitOnModEnter}
            rows={2}
            placeholder="What was said, what was promised"
          />
        </Field>
        <div className="log-footer">
          {direction === 'inbound' ? (
            <NeedsResponseCheck checked={wantsAnswer} onChange={setNeedsResponse} />
          ) : (
            <p className="field-hint">
              {direction === 'outbound'
                ? 'Answers this client’s open callbacks from before this time.'
                : 'A note for the team; the client does not see it.'}
            </p>
          )}
          {error('needsResponse') && <p className="field-error">{error('needsResponse')}</p>}
          <button type="submit" className="btn btn-primary" disabled={log.isPending}>
            {log.isPending ? 'Saving…' : 'Log interaction'}
          </button>
        </div>
      </form>
    </section>
  );
}
