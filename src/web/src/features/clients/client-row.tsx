import { Link } from 'wouter';
import type { Client } from '../../api/types.ts';
import { Avatar } from '../../components/avatar.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { formatCalendarDate } from '../../lib/format.ts';

/** One client in the list: who, how to reach them, where the relationship stands. */
export function ClientRow({ client }: { client: Client }) {
  return (
    <Link href={`/clients/${client.id}`} className="client-row">
      <span className="client-cell-name">
        <Avatar name={client.name} size={34} />
        <span className="client-name-text">
          <span className="client-name">{client.name}</span>
          <span className="client-sub">
            {client.company ?? (client.kind === 'business' ? 'Business' : 'Person')}
          </span>
        </span>
      </span>
      <span className="client-cell-contact">
        <span>{client.email ?? '—'}</span>
        <span className="client-sub">{client.phone ?? ''}</span>
      </span>
      <span className="client-cell-status">
        <StatusBadge status={client.status} />
      </span>
      <span className="client-cell-tags tags">
        {client.tags.slice(0, 3).map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
        {client.tags.length > 3 && <span className="tag">+{client.tags.length - 3}</span>}
      </span>
      <span className="client-cell-since tabular">{formatCalendarDate(client.since)}</span>
    </Link>
  );
}
