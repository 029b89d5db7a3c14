import { promiseFor } from '../../../../core/disruptions/time-frame.ts';
import { Field } from '../../components/field.tsx';
import { todayIn } from '../../lib/format.ts';
import { useSession } from '../auth/session.tsx';

/** Our own estimate and the wiggle room on top of it, as the inputs hold them. */
export interface EstimateValues {
  estimateOn: string;
  bufferDays: string;
}

/** The promise the inputs would make, or null while there is no estimate or the buffer is not a count of days. */
export function livePromise({ estimateOn, bufferDays }: EstimateValues): string | null {
  const buffer = Number(bufferDays);
  return estimateOn && Number.isInteger(buffer) && buffer >= 0 ? promiseFor(estimateOn, buffer) : null;
}

/**
 * The estimate (never shown to clients) and the buffer that together make the promise; the
 * caller places them in its row (declaring puts the start date beside them).
 */
export function EstimateFields({
  value,
  onChange,
  error,
  required = false,
}: {
  value: EstimateValues;
  onChange: (value: EstimateValues) => void;
  error: (field: keyof EstimateValues) => string | undefined;
  /** Moving the estimate needs one; declaring may leave it for later. */
  required?: boolean;
}) {
  const { workspace } = useSession();
  return (
    <>
      <Field
        label="Our estimate"
        optional={!required}
        hint="Back to normal by; never shown."
        error={error('estimateOn')}
      >
        <input
          type="date"
          required={required}
          value={value.estimateOn}
          min={todayIn(workspace.timezone)}
          onChange={(event) => onChange({ ...value, estimateOn: event.target.value })}
        />
      </Field>
      <Field label="Buffer (days)" hint="Wiggle room." error={error('bufferDays')}>
        <input
          type="number"
          min={0}
          max={365}
          value={value.bufferDays}
          onChange={(event) => onChange({ ...value, bufferDays: event.target.value })}
        />
      </Field>
    </>
  );
}
