import { Archive, ArchiveRestore, Building2, LifeBuoy, Mail, Pencil, Phone } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import type { ClientDetail } from '../../api/types.ts';
import { Avatar } from '../../components/avatar.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { formatCalendarDate, formatTenure, todayIn } from '../../lib/format.ts';
import { useSession, useTimeZone } from '../auth/session.tsx';
import { AdjustmentBadges } from '../saves/adjustment-badges.tsx';
import { ArchiveDialog } from './archive-dialog.tsx';
import { EditClientDialog } from './edit-client-dialog.tsx';

/**
 * "Client for 2 years 3 months · since 12 Mar 2024"; a new client reads "New client ·
 * since today" or "New client · 5 days, since 19 Nov 2026", never "since" twice.
 */
function tenureLine(tenure: string, since: string) {
  if (tenure === 'starting soon') return <>Starts on {since}</>;
  if (tenure === 'since today') return <>New client · since today</>;
  const isNew = !/year|month/.test(tenure);
  return (
    <>
      {isNew ? `New client · ${tenure}` : `Client for ${tenure}`}{' '}
      <span className="muted">· since {since}</span>
    </>
  );
}

/** Name, company, status, tags and how long the relationship has lasted. */
export function ClientHeader({ client }: { client: ClientDetail }) {
  const { user } = useSession();
  const today = todayIn(useTimeZone());
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const tenure = formatTenure(client.since, today);
  return (
    <>
      {client.archivedAt && (
        <div className="banner banner-warning client-archived">
          <Archive size={16} aria-hidden="true" /> This client is archived. Their history stays; they no
          longer show in lists.
        </div>
      )}
      <header className="client-header">
        <Avatar name={client.name} size={56} />
        <div className="client-header-main">
          <div className="client-title">
            <h1>{client.name}</h1>
            <StatusBadge status={client.status} />
          </div>
          <p className="client-header-sub">
            {client.company && (
              <span>
                <Building2 size={14} aria-hidden="true" /> {client.company}
              </span>
            )}
            {client.email && (
              <a href={`mailto:${client.email}`}>
                <Mail size={14} aria-hidden="true" /> {client.email}
              </a>
            )}
            {client.phone && (
              <a href={`tel:${client.phone}`}>
                <Phone size={14} aria-hidden="true" /> {client.phone}
              </a>
            )}
          </p>
          <p className="client-tenure">{tenureLine(tenure, formatCalendarDate(client.since))}</p>
          <AdjustmentBadges clientId={client.id} />
          {client.tags.length > 0 && (
            <ul className="tags" aria-label="Tags">
              {client.tags.map((tag) => (
                <li key={tag} className="tag">
                  {tag}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="page-actions">
          {!client.archivedAt && (
            <Link href={`/clients/${client.id}/save`} className="btn btn-call">
              <LifeBuoy size={15} aria-hidden="true" /> Client wants to cancel?
            </Link>
          )}
          <button type="button" className="btn" onClick={() => setEditing(true)}>
            <Pencil size={15} aria-hidden="true" /> Edit
          </button>
          {user.role !== 'stand_in' && (
            <button type="button" className="btn" onClick={() => setArchiving(true)}>
              {client.archivedAt ? (
                <ArchiveRestore size={15} aria-hidden="true" />
              ) : (
                <Archive size={15} aria-hidden="true" />
              )}
              {client.archivedAt ? 'Restore' : 'Archive'}
            </button>
          )}
        </div>
      </header>
      <EditClientDialog client={client} open={editing} onClose={() => setEditing(false)} />
      <ArchiveDialog client={client} open={archiving} onClose={() => setArchiving(false)} />
    </>
  );
}
