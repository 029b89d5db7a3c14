import { type FormEvent, type ReactNode, useState } from 'react';
import type { ClientInput } from '../../api/clients.ts';
import type { Client, ClientKind, ClientStatus } from '../../api/types.ts';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { STATUS_OPTIONS } from '../../components/status-badge.tsx';

const TEXT_FIELDS = ['name', 'company', 'email', 'phone', 'address', 'website', 'sells', 'notes'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type FormState = Record<TextField, string> & {
  kind: ClientKind;
  status: ClientStatus;
  since: string;
  tags: string;
};

function initialState(client?: Client): FormState {
  const text = Object.fromEntries(TEXT_FIELDS.map((key) => [key, client?.[key] ?? ''])) as Record<
    TextField,
    string
  >;
  return {
    ...text,
    kind: client?.kind ?? 'person',
    status: client?.status ?? 'active',
    since: client?.since ?? '',
    tags: client?.tags.join(', ') ?? '',
  };
}

function toInput(state: FormState): ClientInput {
  const input: ClientInput = { kind: state.kind, status: state.status, name: state.name.trim() };
  for (const key of TEXT_FIELDS) if (key !== 'name') input[key] = state[key].trim() || null;
  input.tags = [
    ...new Set(
      state.tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
  if (state.since) input.since = state.since;
  return input;
}

interface ClientFormProps {
  client?: Client;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onSubmit: (input: ClientInput) => void;
  onCancel: () => void;
}

/** The client's details, for adding and for editing; API errors appear beside their fields. */
export function ClientForm({ client, error, pending, submitLabel, onSubmit, onCancel }: ClientFormProps) {
  const [state, setState] = useState(() => initialState(client));
  const set = (key: keyof FormState) => (event: { target: { value: string } }) =>
    setState((current) => ({ ...current, [key]: event.target.value }));
  const err = (field: string) => fieldError(error, field);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(toInput(state));
  };
  const text = (
    key: TextField,
    label: string,
    extra: Partial<{ type: string; optional: boolean; hint: ReactNode }> = {},
  ) => (
    <Field label={label} error={err(key)} optional={extra.optional ?? true} hint={extra.hint}>
      <input type={extra.type ?? 'text'} value={state[key]} onChange={set(key)} />
    </Field>
  );

  return (
    <form className="form-stack" onSubmit={submit} noValidate>
      <ErrorBanner error={error} fields={[...TEXT_FIELDS, 'kind', 'status', 'since', 'tags']} />
      <fieldset className="segmented kind-switch">
        <legend className="visually-hidden">Kind of client</legend>
        {(['person', 'business'] as const).map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name="kind"
              value={kind}
              checked={state.kind === kind}
              onChange={set('kind')}
            />
            {kind === 'person' ? 'Person' : 'Business'}
          </label>
        ))}
      </fieldset>
      <div className="form-row">
        {text('name', state.kind === 'business' ? 'Business name' : 'Name', { optional: false })}
        {text('company', state.kind === 'business' ? 'Contact person' : 'Company')}
      </div>
      <div className="form-row">
        {text('email', 'E-mail', { type: 'email' })}
        {text('phone', 'Phone', { type: 'tel' })}
      </div>
      <div className="form-row">
        <Field label="Status" error={err('status')}>
          <select value={state.status} onChange={set('status')}>
            {STATUS_OPTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Client since"
          error={err('since')}
          optional
          hint={client ? undefined : 'Defaults to today.'}
        >
          <input type="date" value={state.since} onChange={set('since')} />
        </Field>
      </div>
      <Field label="Tags" error={err('tags')} optional hint="Separate with commas, e.g. retainer, vip">
        <input value={state.tags} onChange={set('tags')} />
      </Field>
      <details className="more-fields" open={Boolean(client)}>
        <summary>Address, website, what they sell, notes</summary>
        <div className="form-stack">
          <div className="form-row">
            {text('website', 'Website')}
            {text('address', 'Address')}
          </div>
          {text('sells', 'What their business sells', { hint: 'Used later to match barter and trade.' })}
          <Field label="Notes" error={err('notes')} optional>
            <textarea value={state.notes} onChange={set('notes')} rows={3} />
          </Field>
        </div>
      </details>
      <div className="form-actions">
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
