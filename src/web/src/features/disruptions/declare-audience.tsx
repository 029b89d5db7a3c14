import type { DeclareInput } from '../../api/disruptions-types.ts';
import { Field } from '../../components/field.tsx';
import { AffectedClientPicker, type PickedClient } from './affected-client-picker.tsx';

export type AudienceKind = 'all_active' | 'filter' | 'chosen';

export interface AudienceState {
  kind: AudienceKind;
  tags: string;
  chosen: PickedClient[];
}

const CHOICES: [AudienceKind, string][] = [
  ['all_active', 'All active clients'],
  ['filter', 'Clients with a tag'],
  ['chosen', 'Chosen clients'],
];

/** The audience as the API takes it. */
export function audienceInput(state: AudienceState): DeclareInput['audience'] {
  if (state.kind === 'all_active') return { kind: 'all_active' };
  if (state.kind === 'chosen') return { kind: 'chosen', clientIds: state.chosen.map((client) => client.id) };
  const tags = state.tags
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  return { kind: 'filter', tags };
}

/** Who is affected: every active client, those with a tag, or clients picked by name. */
export function DeclareAudience({
  state,
  onChange,
  error,
}: {
  state: AudienceState;
  onChange: (state: AudienceState) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset className="declare-audience">
      <legend className="label">Who is affected</legend>
      <div className="segmented">
        {CHOICES.map(([kind, label]) => (
          <label key={kind}>
            <input
              type="radio"
              name="audience"
              value={kind}
              checked={state.kind === kind}
              onChange={() => onChange({ ...state, kind })}
            />
            {label}
          </label>
        ))}
      </div>
      {state.kind === 'filter' && (
        <Field
          label="Tags"
          hint="Active clients with any of these tags; separate tags with commas."
          error={error}
        >
          <input
            value={state.tags}
            placeholder="retainer, vip"
            onChange={(event) => onChange({ ...state, tags: event.target.value })}
          />
        </Field>
      )}
      {state.kind === 'chosen' && (
        <>
          <AffectedClientPicker picked={state.chosen} onChange={(chosen) => onChange({ ...state, chosen })} />
          {error && <p className="field-error">{error}</p>}
        </>
      )}
      {state.kind === 'all_active' && error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
