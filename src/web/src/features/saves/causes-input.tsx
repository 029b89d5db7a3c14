import { X } from 'lucide-react';
import { type KeyboardEvent, useState } from 'react';

interface CausesInputProps {
  value: string[];
  onChange: (causes: string[]) => void;
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  disabled?: boolean;
}

/**
 * The causes behind the call, one chip each ("Lost their biggest client", "Seasonal dip"):
 * typed and kept with Enter or a comma; Backspace in the empty box takes the last one back.
 */
export function CausesInput({ value, onChange, disabled, ...aria }: CausesInputProps) {
  const [draft, setDraft] = useState('');
  const add = (text: string) => {
    const cause = text.trim().replace(/,$/, '').trim().slice(0, 50);
    if (cause && !value.some((item) => item.toLowerCase() === cause.toLowerCase()))
      onChange([...value, cause]);
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
      setDraft(value.at(-1) ?? '');
      onChange(value.slice(0, -1));
    }
  };
  return (
    <div className={`chips-input${disabled ? ' chips-input-disabled' : ''}`}>
      {value.length > 0 && (
        <ul className="chips" aria-label="Causes noted">
          {value.map((cause) => (
            <li key={cause} className="chip">
              {cause}
              {!disabled && (
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove ${cause}`}
                  onClick={() => onChange(value.filter((item) => item !== cause))}
                >
                  <X size={12} aria-hidden="true" />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <input
        {...aria}
        type="text"
        value={draft}
        disabled={disabled}
        maxLength={50}
        placeholder={value.length === 0 ? 'Lost their biggest client, cash flow…' : 'Add another'}
        onChange={(event) => {
          const text = event.target.value;
          if (text.endsWith(',')) add(text);
          else setDraft(text);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => draft.trim() && add(draft)}
      />
    </div>
  );
}
