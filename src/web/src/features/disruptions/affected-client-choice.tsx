import { useQuery } from '@tanstack/react-query';
import { Search, X } from 'lucide-react';
import { type FocusEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { disruptionsApi } from '../../api/disruptions.ts';
import { useDebounced } from '../../lib/use-debounced.ts';

export interface AffectedClientOption {
  id: string;
  name: string;
  email: string | null;
}

const MATCHES = 8;

/**
 * One client among a disruption's affected clients, found by name however many there are:
 * type part of a name and pick from the server's matches (the first few by name show as
 * soon as the box has focus; Enter takes the first, the arrow keys walk the list). The
 * choice shows as a chip with a way to choose again. A stand-in finds only their clients.
 * Like billing's `ClientFilter`, but over the disruption's clients, and it hands back the
 * e-mail address the meeting invite needs.
 */
export function AffectedClientChoice({
  disruptionId,
  chosen,
  onChange,
  id: givenId,
  'aria-describedby': describedBy,
}: {
  disruptionId: string;
  chosen: AffectedClientOption | null;
  onChange: (client: AffectedClientOption | null) => void;
  /** From `Field`: the label points here. */
  id?: string;
  'aria-describedby'?: string;
}) {
  const ownId = useId();
  const id = givenId ?? ownId;
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const q = useDebounced(typed.trim(), 200);
  const matches = useQuery({
    queryKey: ['disruption', disruptionId, 'clients', 'picker', q],
    queryFn: ({ signal }) =>
      disruptionsApi.clients(disruptionId, { q: q || undefined, limit: MATCHES }, signal),
    enabled: open && !chosen,
    placeholderData: (previous) => previous,
  });

  if (chosen) {
    return (
      <div className="client-choice-chosen">
        <span className="client-choice-name">
          <strong>{chosen.name}</strong>
          <span className="muted">{chosen.email ?? 'no e-mail address'}</span>
        </span>
        <button
          id={id}
          type="button"
          className="icon-button"
          aria-label={`Choose another client than ${chosen.name}`}
          onClick={() => {
            onChange(null);
            setOpen(true);
            requestAnimationFrame(() => input.current?.focus());
          }}
        >
          <X size={15} aria-hidden="true" />
        </button>
      </div>
    );
  }

  const items = matches.data?.items ?? [];
  const pick = (index: number) => {
    const row = items[index];
    if (!row) return;
    setTyped('');
    setOpen(false);
    onChange({ id: row.clientId, name: row.name, email: row.email });
  };
  const buttons = () => [...(list.current?.querySelectorAll('button') ?? [])];
  const walk = (event: KeyboardEvent, from: number) => {
    const all = buttons();
    const to = event.key === 'ArrowDown' ? from + 1 : event.key === 'ArrowUp' ? from - 1 : null;
    if (to === null) return;
    event.preventDefault();
    if (to < 0) input.current?.focus();
    else all[Math.min(to, all.length - 1)]?.focus();
  };
  // The list stays open while focus moves within the picker (input ↔ matches).
  const leave = (event: FocusEvent) => {
    if (!box.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  return (
    <div className="search client-choice" ref={box}>
      <Search size={16} aria-hidden="true" />
      <input
        id={id}
        ref={input}
        type="search"
        value={typed}
        placeholder="Type a client’s name"
        autoComplete="off"
        aria-describedby={describedBy}
        aria-controls={`${id}-matches`}
        onFocus={() => setOpen(true)}
        onBlur={leave}
        onChange={(event) => {
          setTyped(event.target.value);
          setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            pick(0);
          } else if (event.key === 'Escape' && open) {
            // Close the list, not the dialog around it.
            event.preventDefault();
            event.stopPropagation();
            setOpen(false);
          } else if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          } else walk(event, -1);
        }}
      />
      {open && (
        <ul className="picker-list" id={`${id}-matches`} ref={list} aria-label="Matching affected clients">
          {items.map((row, index) => (
            <li key={row.clientId}>
              <button
                type="button"
                onClick={() => pick(index)}
                // Keeps focus in the box while the mouse picks (some browsers never focus a clicked button).
                onMouseDown={(event) => event.preventDefault()}
                onBlur={leave}
                onKeyDown={(event) => walk(event, index)}
              >
                {row.name}
                <span className="muted"> · {row.email ?? 'no e-mail'}</span>
              </button>
            </li>
          ))}
          {matches.isSuccess && items.length === 0 && (
            <li className="picker-empty">{q ? 'No affected client matches' : 'No affected clients'}</li>
          )}
          {matches.isPending && <li className="picker-empty">Searching…</li>}
          {matches.data?.nextCursor && (
            <li className="picker-empty">Type more of the name to narrow the list</li>
          )}
        </ul>
      )}
    </div>
  );
}
