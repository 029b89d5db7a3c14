import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Ear, Pencil } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { savesApi } from '../../api/saves.ts';
import type { Relationship, SaveCase, SaveCaseInput, SaveReason } from '../../api/saves-types.ts';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useSession, useTimeZone } from '../auth/session.tsx';
import { WhenField } from '../client/when-field.tsx';
import { fromZonedInput } from '../client/zoned-time.ts';
import { CausesInput } from './causes-input.tsx';
import { saveKeys } from './save-keys.ts';

/** The article's answer to "the call", word for word: then just listen. */
export const LISTEN_PROMPT = 'Tell me what’s going on with you and how can I help.';

const FIELDS = ['reason', 'notes', 'causes', 'calledAt', 'agreementId'];

interface ListenStepProps {
  clientId: string;
  clientName: string;
  reasons: SaveReason[];
  relationship: Relationship | undefined;
  /** Absent until the notes are first saved. */
  saveCase?: SaveCase | undefined;
  onCreated?: (saveCase: SaveCase) => void;
}

/**
 * Step 1, listening: the prompt to say, then what the client told you, what lies behind it
 * and the reason it comes under. Saving it logs the call; offers come only after.
 */
export function ListenStep({ saveCase, ...props }: ListenStepProps) {
  const [editing, setEditing] = useState(false);
  if (!saveCase || editing) {
    return <ListenForm {...props} saveCase={saveCase} onDone={() => setEditing(false)} />;
  }
  return (
    <ListenSummary
      saveCase={saveCase}
      onEdit={saveCase.status === 'open' ? () => setEditing(true) : undefined}
    />
  );
}

function ListenForm({
  clientId,
  clientName,
  reasons,
  relationship,
  saveCase,
  onCreated,
  onDone,
}: ListenStepProps & { onDone: () => void }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const { user } = useSession();
  const timeZone = useTimeZone();
  const [notes, setNotes] = useState(saveCase?.notes ?? '');
  const [causes, setCauses] = useState<string[]>(saveCase?.causes ?? []);
  const [reason, setReason] = useState(saveCase?.reason.code ?? '');
  const [when, setWhen] = useState<string | null>(null);
  const active = (relationship?.agreements ?? []).filter((agreement) => agreement.status === 'active');
  const [agreementId, setAgreementId] = useState(saveCase?.agreementId ?? active[0]?.id ?? '');
  const [missing, setMissing] = useState<{ notes?: string; reason?: string }>({});

  const save = useMutation({
    mutationFn: () => {
      const chosen = active.length > 1 ? agreementId || null : undefined;
      if (saveCase) {
        return savesApi.update(saveCase.id, { notes, causes, reason, agreementId: chosen });
      }
      const input: SaveCaseInput = { clientId, reason, notes, causes, agreementId: chosen };
      if (when) input.calledAt = fromZonedInput(when, timeZone)?.toISOString() ?? when;
      return savesApi.create(input);
    },
    onSuccess: async (result) => {
      queryClient.setQueryData(saveKeys.case(result.id), result);
      await queryClient.invalidateQueries({ queryKey: saveKeys.cases });
      toast(saveCase ? 'Notes updated' : 'Call logged — now the offers');
      if (!saveCase) onCreated?.(result);
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = {
      notes: notes.trim() ? undefined : 'Write down what they told you first — offers come after listening.',
      reason: reason ? undefined : 'Choose the reason that fits best; the notes keep the detail.',
    };
    setMissing(problems);
    if (problems.notes || problems.reason) return;
    save.mutate();
  };
  const error = (field: string) => fieldError(save.error, field);
  const canOffer = user.role !== 'stand_in';

  return (
    <form className="card listen-card" onSubmit={submit} noValidate aria-labelledby="listen-heading">
      <header className="card-header">
        <h2 id="listen-heading">
          <Ear size={17} aria-hidden="true" /> Listen
        </h2>
        <span className="muted">Step 1 of 3</span>
      </header>
      <div className="card-body form-stack">
        <figure className="listen-prompt">
          <blockquote>
            <p>{LISTEN_PROMPT}</p>
          </blockquote>
          <figcaption>
            Say it, then just listen. Ask what caused it; note what {clientName} tells you. Offers come after.
          </figcaption>
        </figure>
        <ErrorBanner error={save.error} fields={FIELDS} />
        <Field label="What they told you" error={missing.notes ?? error('notes')} className="listen-notes">
          <textarea
            rows={7}
            value={notes}
            maxLength={10_000}
            placeholder="In their words: what is happening, since when, what worries them most"
            onChange={(event) => setNotes(event.target.value)}
          />
        </Field>
        <Field
          label="Causes"
          optional
          hint="What lies behind it. Press Enter after each."
          error={error('causes')}
        >
          <CausesInput value={causes} onChange={setCauses} />
        </Field>
        <div className="form-row form-row-top">
          <Field label="Reason" error={missing.reason ?? error('reason')}>
            <select value={reason} onChange={(event) => setReason(event.target.value)}>
              <option value="" disabled>
                Choose…
              </option>
              {reasons.map((item) => (
                <option key={item.code} value={item.code}>
                  {item.label}
                </option>
              ))}
            </select>
          </Field>
          {active.length > 1 && (
            <Field label="About the agreement" error={error('agreementId')}>
              <select value={agreementId} onChange={(event) => setAgreementId(event.target.value)}>
                {active.map((agreement) => (
                  <option key={agreement.id} value={agreement.id}>
                    {agreement.description}
                  </option>
                ))}
              </select>
            </Field>
          )}
        </div>
        {!saveCase && (
          <div className="form-row form-row-top listen-meta">
            <WhenField value={when} onChange={setWhen} error={error('calledAt')} />
            <div className="field">
              <span className="label">Taken by</span>
              <p className="listen-taken-by">{user.name} (you)</p>
            </div>
          </div>
        )}
      </div>
      <footer className="card-footer listen-footer">
        <span className="muted">
          {saveCase
            ? 'The case stays open while you keep listening.'
            : 'Saving logs the call as a save case.'}
        </span>
        <div className="form-actions">
          {saveCase && (
            <button type="button" className="btn" onClick={onDone} disabled={save.isPending}>
              Cancel
            </button>
          )}
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {save.isPending
              ? 'Saving…'
              : saveCase
                ? 'Save notes'
                : canOffer
                  ? 'Save notes and see offers'
                  : 'Save the call'}
          </button>
        </div>
      </footer>
    </form>
  );
}

function ListenSummary({ saveCase, onEdit }: { saveCase: SaveCase; onEdit: (() => void) | undefined }) {
  const timeZone = useTimeZone();
  return (
    <section className="card listen-card listen-done" aria-labelledby="listen-heading">
      <header className="card-header">
        <h2 id="listen-heading">
          <Ear size={17} aria-hidden="true" /> What they told you
        </h2>
        {onEdit && (
          <button type="button" className="btn btn-small" onClick={onEdit}>
            <Pencil size={14} aria-hidden="true" /> Add to the notes
          </button>
        )}
      </header>
      <div className="card-body listen-summary">
        <p className="listen-quote-small">“{LISTEN_PROMPT}”</p>
        <p className="pre-wrap listen-notes-text">{saveCase.notes ?? 'No notes were taken.'}</p>
        {saveCase.causes.length > 0 && (
          <ul className="chips" aria-label="Causes">
            {saveCase.causes.map((cause) => (
              <li key={cause} className="chip">
                {cause}
              </li>
            ))}
          </ul>
        )}
        <dl className="listen-facts">
          <div>
            <dt>Reason</dt>
            <dd>{saveCase.reason.label}</dd>
          </div>
          <div>
            <dt>Taken by</dt>
            <dd>{saveCase.takenBy.name}</dd>
          </div>
          <div>
            <dt>When</dt>
            <dd>{formatDateTime(saveCase.calledAt, timeZone)}</dd>
          </div>
        </dl>
      </div>
    </section>
  );
}
