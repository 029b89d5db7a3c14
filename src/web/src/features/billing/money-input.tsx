import type { InputHTMLAttributes } from 'react';

interface MoneyInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  value: string;
  onChange: (value: string) => void;
  currency: string;
}

/**
 * An amount typed as text ("120.50"), beside its currency code: parsed to minor units by
 * `parseMoney` when the form is sent, never through a float. `Field` wires id and aria.
 */
export function MoneyInput({ value, onChange, currency, ...rest }: MoneyInputProps) {
  return (
    <span className="money-input">
      <input
        {...rest}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <span className="money-input-currency" aria-hidden="true">
        {currency}
      </span>
    </span>
  );
}
