import { Field } from '../../components/field.tsx';
import { useNow } from '../../lib/use-now.ts';
import { useTimeZone } from '../auth/session.tsx';
import { toZonedInput } from './zoned-time.ts';

interface WhenFieldProps {
  /** The wall time typed, 'YYYY-MM-DDTHH:mm' in the workspace's zone; null follows the clock. */
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | undefined;
}

/**
 * "When" for something that just happened: it shows the workspace's clock, ticking, until
 * it is edited, and "Back to now" returns to that. Outside the Field's hint, so it stays
 * on screen when the field shows an error.
 */
export function WhenField({ value, onChange, error }: WhenFieldProps) {
  const timeZone = useTimeZone();
  const now = useNow();
  return (
    <div className="log-when">
      <Field label="When" error={error}>
        <input
          type="datetime-local"
          value={value ?? toZonedInput(now, timeZone)}
          max={toZonedInput(now + 60_000, timeZone)}
          onChange={(event) => onChange(event.target.value)}
        />
      </Field>
      {value !== null && (
        <button type="button" className="link-button log-when-reset" onClick={() => onChange(null)}>
          Back to now
        </button>
      )}
    </div>
  );
}
