import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Lock, ScrollText, X } from 'lucide-react';
import { Fragment, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { type AuditParams, auditApi, usersApi } from '../../api/admin.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { formatCalendarDate, todayIn } from '../../lib/format.ts';
import { useSession } from '../auth/session.tsx';
import { AuditEntryRow } from './audit-entry.tsx';
import { ENTITY_TYPES, entityNoun } from './audit-labels.ts';

/** Every change in the workspace, newest first, for the owner: who, what, when, before and after. */
export function AuditPage() {
  const { user, workspace } = useSession();
  if (user.role !== 'owner') {
    return (
      <div className="page page-narrow">
        <PageHeader title="Audit log" />
        <section className="card">
          <EmptyState icon={Lock} title="Only the owner can read the audit log">
            It records every change anyone makes. Ask the workspace owner if you need to know who changed
            what.
          </EmptyState>
        </section>
      </div>
    );
  }
  return <AuditLog timeZone={workspace.timezone} />;
}

function AuditLog({ timeZone }: { timeZone: string }) {
  const [, navigate] = useLocation();
  const search = new URLSearchParams(useSearch());
  const params: AuditParams = {
    entityType: search.get('entityType') ?? undefined,
    entityId: search.get('entityId') ?? undefined,
    actorUserId: search.get('actor') ?? undefined,
  };
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'entityType') next.delete('entityId');
    navigate(`/audit${next.size ? `?${next}` : ''}`, { replace: true });
  };
  const users = useQuery({ queryKey: ['users'], queryFn: usersApi.list });
  const userNames = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u.name])), [users.data]);
  const list = useInfiniteQuery({
    queryKey: ['audit', params],
    queryFn: ({ pageParam, signal }) => auditApi.list({ ...params, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(params.entityType || params.entityId || params.actorUserId);
  const today = todayIn(timeZone);
  const yesterday = todayIn(timeZone, new Date(Date.now() - 86_400_000));
  const dayLabel = (day: string) =>
    day === today ? 'Today' : day === yesterday ? 'Yesterday' : formatCalendarDate(day);

  return (
    <div className="page">
      <PageHeader
        title="Audit log"
        subtitle="Every change in your workspace: who made it, when, and what it was before and after."
      />
      <search className="toolbar" aria-label="Filter the audit log">
        <label className="visually-hidden" htmlFor="audit-entity">
          Record type
        </label>
        <select
          id="audit-entity"
          value={params.entityType ?? ''}
          onChange={(event) => setFilter('entityType', event.target.value)}
        >
          <option value="">All records</option>
          {ENTITY_TYPES.map(([type, label]) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor="audit-actor">
          Changed by
        </label>
        <select
          id="audit-actor"
          value={params.actorUserId ?? ''}
          onChange={(event) => setFilter('actor', event.target.value)}
        >
          <option value="">Anyone</option>
          {(users.data ?? []).map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
              {person.disabled ? ' (deactivated)' : ''}
            </option>
          ))}
        </select>
        {params.entityId && (
          <span className="filter-chip">
            One {entityNoun(params.entityType ?? 'record')}
            <button
              type="button"
              className="icon-button"
              aria-label="Show every record"
              onClick={() => setFilter('entityId', '')}
            >
              <X size={14} aria-hidden="true" />
            </button>
          </span>
        )}
        {filtered && (
          <button
            type="button"
            className="btn btn-ghost btn-small"
            onClick={() => navigate('/audit', { replace: true })}
          >
            Clear filters
          </button>
        )}
      </search>
      <ErrorBanner error={list.error} />
      <section className="card audit-card" aria-label="Changes" aria-busy={list.isFetching}>
        <div className="audit-row audit-head" aria-hidden="true">
          <span>Time</span>
          <span>Who</span>
          <span>What</span>
          <span>Record</span>
          <span />
        </div>
        {list.isPending ? (
          <Skeleton lines={8} label="Loading the audit log" />
        ) : items.length === 0 ? (
          <EmptyState icon={ScrollText} title={filtered ? 'No changes match' : 'Nothing recorded yet'}>
            {filtered
              ? 'Try another record type or person, or clear the filters.'
              : 'Changes to clients, tasks, users and settings appear here as they happen.'}
          </EmptyState>
        ) : (
          <ul className="audit-list">
            {items.map((entry, index) => {
              const day = todayIn(timeZone, new Date(entry.at));
              const previous = items[index - 1];
              const isNewDay = !previous || todayIn(timeZone, new Date(previous.at)) !== day;
              return (
                <Fragment key={entry.id}>
                  {isNewDay && <li className="audit-day">{dayLabel(day)}</li>}
                  <AuditEntryRow entry={entry} timeZone={timeZone} userNames={userNames} />
                </Fragment>
              );
            })}
          </ul>
        )}
        {list.hasNextPage && (
          <div className="card-footer">
            <button
              type="button"
              className="btn btn-small"
              disabled={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {list.isFetchingNextPage ? 'Loading…' : 'Load older changes'}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
