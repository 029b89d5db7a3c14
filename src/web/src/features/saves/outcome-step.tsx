import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Flag, Plus, Trash2 } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { savesApi } from '../../api/saves.ts';
import type { OutcomeInput, SaveCase, SaveCaseStatus } from '../../api/saves-types.ts';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { plural } from '../../lib/format.ts';
import { useSession } from '../auth/session.tsx';
import { OutcomeSummary } from './outcome-summary.tsx';
import { refreshAfterDecision } from './save-keys.ts';

type Outcome = Exclude<SaveCaseStatus, 'open'>;

const OUTCOMES: { value: Outcome; label: string; text: string }[] = [
  { value: 'saved', label: 'Saved', text: 'They stay, with the offers they accepted.' },
  { value: 'downgraded', label: 'Downgraded', text: 'They stay on a cheaper plan.' },
  { value: 'paused', label: 'Paused', text: 'They stop for a while and come back on a date.' },
  { value: 'cancelled', label: 'Cancelled', text: 'They leave: the agreement ends at the period end.' },
];

interface ActionDraft {
  key: number;
  title: string;
  dueOn: string;
}

/** The outcome the accepted offers point to: a downgrade or pause names itself; any other is a save. */
function suggestedOutcome(saveCase: SaveCase): Outcome | '' {
  const accepted = new Set(
    saveCase.offers.filter((offer) => offer.status === 'accepted').map((offer) => offer.kind),
  );
  if (accepted.has('downgrade')) return 'downgraded';
  if (accepted.has('pause')) return 'paused';
  return accepted.size > 0 ? 'saved' : '';
}

/**
 * Step 3: how the call ended. A cancellation ends the agreement at the period end and
 * opens the post-mortem — every loss is a failure in the system, with what failed and the
 * corrective actions, each a task.
 */
export function OutcomeStep({ saveCase }: { saveCase: SaveCase }) {
  const { user } = useSession();
  if (saveCase.status !== 'open') return <OutcomeSummary saveCase={saveCase} />;
  if (user.role === 'stand_in') return null;
  return <OutcomeForm saveCase={saveCase} />;
}

function OutcomeForm({ saveCase }: { saveCase: SaveCase }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const accepted = new Set(
    saveCase.offers.filter((offer) => offer.status === 'accepted').map((offer) => offer.kind),
  );
  const onTable = saveCase.offers.filter((offer) => offer.status === 'proposed').length;
  const [chosen, setOutcome] = useState<Outcome | ''>('');
  // Until one is chosen, the outcome the accepted offers point to (they may be accepted after this renders).
  const outcome = chosen || suggestedOutcome(saveCase);
  const [note, setNote] = useState('');
  const [effectiveOn, setEffectiveOn] = useState('');
  const [pmReason, setPmReason] = useState(saveCase.reason.label);
  const [whatFailed, setWhatFailed] = useState('');
  const [actions, setActions] = useState<ActionDraft[]>([{ key: 1, title: '', dueOn: '' }]);
  const [missing, setMissing] = useState<string>();

  const record = useMutation({
    mutationFn: (input: OutcomeInput) => savesApi.recordOutcome(saveCase.id, input),
    onSuccess: async (result) => {
      queryClient.setQueryData(['save-case', result.id], result);
      toast(
        result.status === 'cancelled'
          ? 'Cancellation recorded — post-mortem opened'
          : `Outcome recorded: ${result.status}`,
      );
      await refreshAfterDecision(queryClient);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!outcome) {
      setMissing('Choose how the call ended');
      return;
    }
    setMissing(undefined);
    const input: OutcomeInput = { outcome, note: note.trim() || undefined };
    if (outcome === 'cancelled') {
      if (effectiveOn) input.effectiveOn = effectiveOn;
      input.postMortem = {
        reason: pmReason.trim() || undefined,
        whatFailed: whatFailed.trim() || undefined,
        correctiveActions: actions
          .filter((action) => action.title.trim())
          .map((action) => ({ title: action.title.trim(), dueOn: action.dueOn || null })),
      };
    }
    record.mutate(input);
  };
  const needs = (value: Outcome) =>
    (value === 'downgraded' && !accepted.has('downgrade')) || (value === 'paused' && !accepted.has('pause'));
  const setAction = (key: number, patch: Partial<ActionDraft>) =>
    setActions((list) => list.map((action) => (action.key === key ? { ...action, ...patch } : action)));

  return (
    <form
      className="card outcome-card"
      onSubmit={submit}
      noValidate
      aria-labelledby="outcome-heading"
      id="outcome"
    >
      <header className="card-header">
        <h2 id="outcome-heading">
          <Flag size={17} aria-hidden="true" /> Outcome
        </h2>
        <span className="muted">Step 3 of 3</span>
      </header>
      <div className="card-body form-stack">
        <fieldset className="outcome-options" aria-describedby={missing ? 'outcome-missing' : undefined}>
          <legend className="label">How did the call end?</legend>
          {OUTCOMES.map((item) => (
            <label
              key={item.value}
              className={`outcome-option outcome-${item.value}${needs(item.value) ? ' outcome-option-disabled' : ''}`}
            >
              <input
                type="radio"
                name="outcome"
                value={item.value}
                checked={outcome === item.value}
                disabled={needs(item.value)}
                onChange={() => setOutcome(item.value)}
              />
              <span className="outcome-option-label">{item.label}</span>
              <span className="outcome-option-text">
                {needs(item.value)
                  ? `Accept a ${item.value === 'downgraded' ? 'downgrade' : 'pause'} offer first.`
                  : item.text}
              </span>
            </label>
          ))}
          {missing && (
            <p className="field-error" id="outcome-missing">
              {missing}
            </p>
          )}
        </fieldset>
        {onTable > 0 && (
          <p className="banner banner-info">
            {plural(onTable, 'offer')} still on the table will be marked declined when you record the outcome.
          </p>
        )}
        {outcome === 'cancelled' && (
          <div className="post-mortem-form">
            <p className="post-mortem-lead">
              <strong>Every loss is a failure in the system.</strong> Write down what failed while the call is
              fresh, and what will change — each action becomes a task.
            </p>
            <div className="form-row form-row-top">
              <Field label="Reason" error={fieldError(record.error, 'postMortem.reason')}>
                <input
                  type="text"
                  value={pmReason}
                  maxLength={2000}
                  onChange={(event) => setPmReason(event.target.value)}
                />
              </Field>
              <Field
                label="Billing stops from"
                optional
                hint="Default: the end of the period under way. What is invoiced stays."
                error={fieldError(record.error, 'effectiveOn')}
              >
                <input
                  type="date"
                  value={effectiveOn}
                  onChange={(event) => setEffectiveOn(event.target.value)}
                />
              </Field>
            </div>
            <Field
              label="What in our system failed"
              error={fieldError(record.error, 'postMortem.whatFailed')}
            >
              <textarea
                rows={3}
                value={whatFailed}
                maxLength={5000}
                placeholder="We had not checked in for four months; the value was not visible to them"
                onChange={(event) => setWhatFailed(event.target.value)}
              />
            </Field>
            <fieldset className="actions-fieldset">
              <legend className="label">Corrective actions</legend>
              <ul className="action-rows">
                {actions.map((action, index) => (
                  <li key={action.key} className="action-row">
                    <input
                      type="text"
                      aria-label={`Action ${index + 1}`}
                      value={action.title}
                      maxLength={200}
                      placeholder="Quarterly check-in call with every client"
                      onChange={(event) => setAction(action.key, { title: event.target.value })}
                    />
                    <input
                      type="date"
                      aria-label={`Action ${index + 1} due`}
                      value={action.dueOn}
                      onChange={(event) => setAction(action.key, { dueOn: event.target.value })}
                    />
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove action ${index + 1}`}
                      disabled={actions.length === 1}
                      onClick={() => setActions((list) => list.filter((item) => item.key !== action.key))}
                    >
                      <Trash2 size={16} aria-hidden="true" />
                    </button>
                  </li>
                ))}
              </ul>
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  setActions((list) => [
                    ...list,
                    { key: Math.max(0, ...list.map((item) => item.key)) + 1, title: '', dueOn: '' },
                  ])
                }
              >
                <Plus size={14} aria-hidden="true" /> Add an action
              </button>
            </fieldset>
          </div>
        )}
        <Field label="Note" optional error={fieldError(record.error, 'note')}>
          <textarea
            rows={2}
            value={note}
            maxLength={5000}
            placeholder="Anything the next person should know"
            onChange={(event) => setNote(event.target.value)}
          />
        </Field>
        <ErrorBanner error={record.error} fields={['note', 'effectiveOn', 'postMortem']} />
      </div>
      <footer className="card-footer outcome-footer">
        <span className="muted">The case closes once the outcome is recorded.</span>
        <button
          type="submit"
          className={`btn ${outcome === 'cancelled' ? 'btn-danger' : 'btn-primary'}`}
          disabled={record.isPending}
        >
          {record.isPending
            ? 'Recording…'
            : outcome
              ? `Record the outcome: ${OUTCOMES.find((item) => item.value === outcome)?.label.toLowerCase()}`
              : 'Record the outcome'}
        </button>
      </footer>
    </form>
  );
}
