import { PhoneIncoming } from 'lucide-react';
import { useId } from 'react';

/** "Needs a response" for an inbound touch: ticked, logging it opens a callback. */
export function NeedsResponseCheck({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const hintId = useId();
  return (
    <label className="check log-needs-response">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hintId}
      />
      <span>
        <span className="log-needs-response-label">
          <PhoneIncoming size={14} aria-hidden="true" /> Needs a response
        </span>
        <span className="field-hint" id={hintId}>
          Opens a callback, due by your response policy.
        </span>
      </span>
    </label>
  );
}
