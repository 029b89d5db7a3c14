import { Search } from 'lucide-react';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  /** Read out to screen readers and shown as the placeholder. */
  label: string;
}

/** A search field with its icon, labelled for screen readers by what it finds. */
export function SearchBox({ value, onChange, label }: SearchBoxProps) {
  return (
    <label className="search">
      <Search size={16} aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
      <input
        type="search"
        placeholder={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
