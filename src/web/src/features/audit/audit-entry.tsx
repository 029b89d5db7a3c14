import { ChevronDown, Terminal } from 'lucide-react';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { AuditEntry } from '../../api/types.ts';
import { Avatar } from '../../components/avatar.tsx';
import { formatDateTime, formatTime } from '../../lib/format.ts';
import { AuditChanges } from './audit-changes.tsx';
import { actionLabel, entityHref, entityName, entityNoun } from './audit-labels.ts';

/** One change: when, who, what and on which record; its before and after open below. */
export function AuditEntryRow({
  entry,
  timeZone,
  userNames,
}: {
  entry: AuditEntry;
  timeZone: string;
  userNames: Map<string, string>;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const hasChanges = entry.before !== null || entry.after !== null;
  const name = entityName(entry, userNames, timeZone);
  const href = entityHref(entry);
  const action = actionLabel(entry.action);
  const subject = name ?? `${entityNoun(entry.entityType)} ${entry.entityId.slice(0, 8)}`;
  return (
    <li className={`audit-item${open ? ' audit-item-open' : ''}`}>
      <div className="audit-row">
        <time className="audit-time tabular" dateTime={entry.at} title={formatDateTime(entry.at, timeZone)}>
          {formatTime(entry.at, timeZone)}
        </time>
        <span className="audit-actor">
          {entry.actor ? (
            <Avatar name={entry.actor.name} size={24} />
          ) : (
            <span className="audit-system-icon" aria-hidden="true">
              <Terminal size={13} />
            </span>
          )}
          <span className="audit-actor-name">{entry.actor?.name ?? entry.actorLabel}</span>
        </span>
        <span className="audit-action">
          <span className={`audit-dot audit-dot-${verbOf(entry.action)}`} aria-hidden="true" />
          {action}
        </span>
        <span className="audit-subject">
          {href ? <Link href={href}>{subject}</Link> : subject}
          {name && !name.toLowerCase().includes(entityNoun(entry.entityType)) && (
            <span className="audit-kind"> · {entityNoun(entry.entityType)}</span>
          )}
        </span>
        {hasChanges ? (
          <button
            type="button"
            className="btn btn-small btn-ghost audit-toggle"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((value) => !value)}
          >
            <span className="visually-hidden">
              {open ? 'Hide' : 'Show'} changes: {action} {subject}
            </span>
            <span aria-hidden="true">Changes</span>
            <ChevronDown size={15} aria-hidden="true" className="audit-chevron" />
          </button>
        ) : (
          <span />
        )}
      </div>
      {open && (
        <div id={panelId} className="audit-panel">
          <AuditChanges before={entry.before} after={entry.after} timeZone={timeZone} />
        </div>
      )}
    </li>
  );
}

/** create / update / delete-like, for the coloured dot: green, blue, red. */
function verbOf(action: string): 'create' | 'remove' | 'change' {
  const verb = action.split('.').at(-1) ?? '';
  if (['create', 'open', 'unarchive', 'reopen'].includes(verb)) return 'create';
  if (['archive', 'revoke', 'delete', 'disable'].includes(verb)) return 'remove';
  return 'change';
}
