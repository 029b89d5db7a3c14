import { useQuery } from '@tanstack/react-query';
import { Search, X } from 'lucide-react';
import { useId, useState } from 'react';
import { clientsApi } from '../../api/clients.ts';
import { useDebounced } from '../../lib/use-debounced.ts';

export interface PickedClient {
  id: string;
  name: string;
}

/**
 * Choose clients by name: type, pick from the server's matches (Enter takes the first),
 * and each one chosen shows as a chip with a way to take it out again.
 */
export function AffectedClientPicker({
  picked,
  onChange,
  label = 'Clients',
}: {
  picked: PickedClient[];
  onChange: (clients: PickedClient[]) => void;
  label?: string;
}) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim(), 200);
  const matches = useQuery({
    queryKey: ['clients', { q, limit: 8 }],
    queryFn: ({ signal }) => clientsApi.list({ q, limit: 8 }, signal),
    enabled: q.length > 0,
  });
  const chosen = new Set(picked.map((client) => client.id));
  const items = q && matches.data ? matches.data.items.filter((client) => !chosen.has(client.id)) : [];
  const add = (client: PickedClient) => {
    setTyped('');
    onChange([...picked, { id: client.id, name: client.name }]);
  };
  return (
    <div className="affected-picker">
      <div className="search affected-picker-search">
        <Search size={16} aria-hidden="true" />
        <label className="visually-hidden" htmlFor={id}>
          {label}
        </label>
        <input
          id={id}
          type="search"
          value={typed}
          placeholder="Type a client’s name"
          autoComplete="off"
          aria-controls={`${id}-matches`}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              if (items[0]) add(items[0]);
            }
          }}
        />
        {typed.trim() && (
          <ul className="picker-list" id={`${id}-matches`} aria-label="Matching clients">
            {items.map((client) => (
              <li key={client.id}>
                <button type="button" onClick={() => add(client)}>
                  {client.name}
                  {client.company && <span className="muted"> · {client.company}</span>}
                </button>
              </li>
            ))}
            {q && matches.isSuccess && items.length === 0 && (
              <li className="picker-empty">No client matches</li>
            )}
          </ul>
        )}
      </div>
      {picked.length > 0 && (
        <ul className="affected-chips" aria-label="Chosen clients">
          {picked.map((client) => (
            <li key={client.id} className="affected-chip">
              {client.name}
              <button
                type="button"
                className="icon-button"
                aria-label={`Take out ${client.name}`}
                onClick={() => onChange(picked.filter((item) => item.id !== client.id))}
              >
                <X size={14} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
