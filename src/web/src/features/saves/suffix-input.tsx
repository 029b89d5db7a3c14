interface SuffixInputProps {
  value: string;
  onChange: (value: string) => void;
  /** The unit after the box: "%", "months". */
  suffix: string;
  inputMode?: 'numeric' | 'decimal';
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/** A number typed as text with its unit beside it; Field's id and aria wiring reach the input. */
export function SuffixInput({ value, onChange, suffix, inputMode = 'numeric', ...aria }: SuffixInputProps) {
  return (
    <div className="input-suffix">
      <input
        {...aria}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <span aria-hidden="true">{suffix}</span>
    </div>
  );
}
