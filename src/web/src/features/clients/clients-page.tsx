import { useQuery } from '@tanstack/react-query';
import { Plus, Search, Upload, Users } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import type { ClientListParams, ClientSort } from '../../api/clients.ts';
import { todayApi } from '../../api/tasks.ts';
import type { ClientStatus } from '../../api/types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { STATUS_OPTIONS } from '../../components/status-badge.tsx';
import { plural } from '../../lib/format.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { useSession } from '../auth/session.tsx';
import { ClientList } from './client-list.tsx';
import { NewClientDialog } from './new-client-dialog.tsx';

const SORTS: [ClientSort, string][] = [
  ['name', 'Name A–Z'],
  ['-name', 'Name Z–A'],
  ['-created', 'Newest first'],
  ['created', 'Oldest first'],
];

/** Search as you type (on the server), filter, sort, and scroll through every client. */
export function ClientsPage() {
  const { user } = useSession();
  const [, navigate] = useLocation();
  const search = new URLSearchParams(useSearch());
  const [typed, setTyped] = useState(search.get('q') ?? '');
  const q = useDebounced(typed.trim(), 250);
  const [adding, setAdding] = useState(search.get('new') === '1');
  const params: ClientListParams = {
    q: search.get('q') ?? '',
    status: (search.get('status') ?? '') as ClientStatus | '',
    sort: (search.get('sort') ?? 'name') as ClientSort,
    archived: (search.get('archived') ?? 'false') as ClientListParams['archived'],
  };
  const setParam = (key: string, value: string, fallback = '') => {
    const next = new URLSearchParams(search);
    if (value && value !== fallback) next.set(key, value);
    else next.delete(key);
    navigate(`/clients${next.size ? `?${next}` : ''}`, { replace: true });
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the settled query moves the URL
  useEffect(() => {
    if (q !== (params.q ?? '')) setParam('q', q);
  }, [q]);

  const today = useQuery({ queryKey: ['today'], queryFn: todayApi.get });
  const total = today.data?.counts.clients;
  const canCreate = user.role !== 'stand_in';
  const filtered = Boolean(params.q || params.status || params.archived !== 'false');

  return (
    <div className="page">
      <PageHeader
        title="Clients"
        subtitle={
          total === undefined ? 'Everyone you work with.' : `${plural(total, 'client')} in your book.`
        }
        actions={
          canCreate && (
            <>
              <Link href="/clients/import" className="btn">
                <Upload size={16} aria-hidden="true" /> Import CSV
              </Link>
              <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
                <Plus size={16} aria-hidden="true" /> New client
              </button>
            </>
          )
        }
      />
      <search className="toolbar" aria-label="Find clients">
        <div className="search">
          <Search size={16} aria-hidden="true" />
          <label className="visually-hidden" htmlFor="client-search">
            Search clients
          </label>
          <input
            id="client-search"
            type="search"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            placeholder="Search by name, e-mail or company"
            autoComplete="off"
          />
        </div>
        <label className="visually-hidden" htmlFor="client-status">
          Status
        </label>
        <select
          id="client-status"
          value={params.status}
          onChange={(event) => setParam('status', event.target.value)}
        >
          <option value="">All statuses</option>
          {STATUS_OPTIONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor="client-archived">
          Archived
        </label>
        <select
          id="client-archived"
          value={params.archived}
          onChange={(event) => setParam('archived', event.target.value, 'false')}
        >
          <option value="false">Current</option>
          <option value="true">Archived</option>
          <option value="all">Current and archived</option>
        </select>
        <label className="visually-hidden" htmlFor="client-sort">
          Sort
        </label>
        <select
          id="client-sort"
          value={params.sort}
          onChange={(event) => setParam('sort', event.target.value, 'name')}
        >
          {SORTS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </search>
      <ClientList
        params={params}
        empty={
          filtered ? (
            <EmptyState icon={Search} title="No clients match">
              {params.q
                ? `Nothing found for “${params.q}”. Check the spelling or clear the filters.`
                : 'Try other filters.'}
            </EmptyState>
          ) : (
            <EmptyState
              icon={Users}
              title="Your client list is empty"
              action={
                canCreate && (
                  <div className="page-actions">
                    <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
                      <Plus size={16} aria-hidden="true" /> Add your first client
                    </button>
                    <Link href="/clients/import" className="btn">
                      <Upload size={16} aria-hidden="true" /> Import a CSV
                    </Link>
                  </div>
                )
              }
            >
              Add the people and businesses you work with, or bring them over from a spreadsheet.
            </EmptyState>
          )
        }
      />
      <NewClientDialog open={adding} onClose={() => setAdding(false)} />
    </div>
  );
}
