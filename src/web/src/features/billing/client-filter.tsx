import { useQuery } from '@tanstack/react-query';
import { Search, X } from 'lucide-react';
import { useId, useState } from 'react';
import { clientsApi } from '../../api/clients.ts';
import { useDebounced } from '../../lib/use-debounced.ts';

/**
 * "Which client": type part of a name, pick one from the server's matches; once picked it
 * shows as a chip with a way to clear it. Enter picks the first match.
 */
export function ClientFilter({
  clientId,
  onChange,
}: {
  clientId: string;
  onChange: (clientId: string) => void;
}) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim(), 200);
  const matches = useQuery({
    queryKey: ['clients', { q, limit: 8, archived: 'all' }],
    queryFn: ({ signal }) => clientsApi.list({ q, limit: 8, archived: 'all' }, signal),
    enabled: q.length > 0 && !clientId,
  });
  const chosen = useQuery({
    queryKey: ['client', clientId],
    queryFn: () => clientsApi.get(clientId),
    enabled: Boolean(clientId),
  });

  if (clientId) {
    return (
      <span className="filter-chip">
        <span>
          Client: <strong>{chosen.data?.name ?? '…'}</strong>
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label="Show every client"
          onClick={() => {
            setTyped('');
            onChange('');
          }}
        >
          <X size={14} aria-hidden="true" />
        </button>
      </span>
    );
  }
  const items = q && matches.data ? matches.data.items : [];
  const pick = (value: string) => {
    setTyped('');
    onChange(value);
  };
  return (
    <div className="search client-filter">
      <Search size={16} aria-hidden="true" />
      <label className="visually-hidden" htmlFor={id}>
        Client
      </label>
      <input
        id={id}
        type="search"
        value={typed}
        placeholder="Filter by client"
        autoComplete="off"
        aria-controls={`${id}-matches`}
        onChange={(event) => setTyped(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && items[0]) {
            event.preventDefault();
            pick(items[0].id);
          }
        }}
      />
      {typed.trim() && (
        <ul className="picker-list" id={`${id}-matches`} aria-label="Matching clients">
          {items.map((client) => (
            <li key={client.id}>
              <button type="button" onClick={() => pick(client.id)}>
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
  );
}
