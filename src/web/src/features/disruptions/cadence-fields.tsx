import { Field } from '../../components/field.tsx';

/** How often clients hear from us and how soon we call back, as the inputs hold them. */
export interface CadenceValues {
  cadenceDays: string;
  callbackMinutes: string;
}

/** The update cadence and the call-back promise, in one row. */
export function CadenceFields({
  value,
  onChange,
  error,
  cadenceHint,
}: {
  value: CadenceValues;
  onChange: (value: CadenceValues) => void;
  error: (field: keyof CadenceValues) => string | undefined;
  /** Said when changing the cadence does something beyond itself (editing moves every next update). */
  cadenceHint?: string;
}) {
  return (
    <div className="form-row">
      <Field label="Update every (days)" hint={cadenceHint} error={error('cadenceDays')}>
        <input
          type="number"
          min={1}
          max={365}
          value={value.cadenceDays}
          onChange={(event) => onChange({ ...value, cadenceDays: event.target.value })}
        />
      </Field>
      <Field label="Call back within (minutes)" error={error('callbackMinutes')}>
        <input
          type="number"
          min={5}
          max={10_080}
          value={value.callbackMinutes}
          onChange={(event) => onChange({ ...value, callbackMinutes: event.target.value })}
        />
      </Field>
    </div>
  );
}
