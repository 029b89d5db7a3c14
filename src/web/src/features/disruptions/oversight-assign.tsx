import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { UserCheck, Users } from 'lucide-react';
import { useState } from 'react';
import { oversightApi, oversightKeys } from '../../api/disruption-oversight.ts';
import type { Assignment, StandIn } from '../../api/disruption-oversight-types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { LoadMoreFooter } from '../../components/load-more-footer.tsx';
import { useToast } from '../../components/toaster.tsx';
import { REPORT_STATUS_LABELS, REPORT_STATUS_TONES } from './oversight-labels.ts';

const NOBODY = '';

/**
 * Who stands in for which affected client. A change in a row's picker applies at once;
 * ticking rows and choosing a stand-in assigns them all in one go.
 */
export function OversightAssign({ disruptionId }: { disruptionId: string }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkTo, setBulkTo] = useState(NOBODY);
  const standIns = useQuery({
    queryKey: oversightKeys.standIns(disruptionId),
    queryFn: () => oversightApi.standIns(disruptionId),
  });
  const clients = useInfiniteQuery({
    queryKey: oversightKeys.clients(disruptionId, 'all'),
    queryFn: ({ pageParam }) => oversightApi.clients(disruptionId, { cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const assign = useMutation({
    mutationFn: (assignments: Assignment[]) => oversightApi.assign(disruptionId, assignments),
    onSuccess: async (result, assignments) => {
      await queryClient.invalidateQueries({ queryKey: oversightKeys.all(disruptionId) });
      setSelected(new Set());
      const who = nameOf(standIns.data?.items ?? [], assignments[0]?.userId ?? null);
      toast(
        assignments.length === 1
          ? `${who} now stands in for that client`
          : `${result.changed} ${result.changed === 1 ? 'client' : 'clients'} assigned to ${who}`,
      );
    },
  });

  const active = (standIns.data?.items ?? []).filter((item) => !item.user.disabled);
  const rows = clients.data?.pages.flatMap((page) => page.items) ?? [];
  const covered = rows.filter((row) => row.standIn).length;
  const allShown = rows.length > 0 && rows.every((row) => selected.has(row.client.id));
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section className="card" aria-labelledby="assign-heading">
      <header className="card-header">
        <h2 id="assign-heading">
          <UserCheck size={17} aria-hidden="true" /> Stand-ins
        </h2>
        {rows.length > 0 && (
          <span className="muted">
            {covered} of {rows.length}
            {clients.hasNextPage ? '+' : ''} covered
          </span>
        )}
      </header>
      {standIns.isSuccess && active.length === 0 ? (
        <EmptyState icon={Users} title="No stand-ins yet" compact>
          Add a user with the stand-in role (Settings → Users); they will see only the clients you give them
          here.
        </EmptyState>
      ) : (
        <>
          <div className="card-body assign-toolbar">
            <ErrorBanner error={assign.error} />
            <label className="check">
              <input
                type="checkbox"
                checked={allShown}
                onChange={() => setSelected(allShown ? new Set() : new Set(rows.map((row) => row.client.id)))}
              />
              Select all shown
            </label>
            <div className="assign-bulk">
              <label htmlFor="bulk-stand-in" className="visually-hidden">
                Stand-in for the selected clients
              </label>
              <select id="bulk-stand-in" value={bulkTo} onChange={(event) => setBulkTo(event.target.value)}>
                <option value={NOBODY}>Nobody (take back)</option>
                {active.map((item) => (
                  <option key={item.user.id} value={item.user.id}>
                    {item.user.name}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="btn btn-primary btn-small"
                disabled={selected.size === 0 || assign.isPending}
                onClick={() =>
                  assign.mutate([...selected].map((clientId) => ({ clientId, userId: bulkTo || null })))
                }
              >
                Assign selected ({selected.size})
              </button>
            </div>
          </div>
          <div className="table-wrap">
            <table className="table assign-table">
              <thead>
                <tr>
                  <th scope="col" className="col-check">
                    <span className="visually-hidden">Select</span>
                  </th>
                  <th scope="col">Client</th>
                  <th scope="col">Stand-in</th>
                  <th scope="col" className="col-wide">
                    Last report
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.client.id}>
                    <td className="col-check">
                      <input
                        type="checkbox"
                        aria-label={`Select ${row.client.name}`}
                        checked={selected.has(row.client.id)}
                        onChange={() => toggle(row.client.id)}
                      />
                    </td>
                    <td className="cell-strong">{row.client.name}</td>
                    <td>
                      <select
                        aria-label={`Stand-in for ${row.client.name}`}
                        value={row.standIn?.id ?? NOBODY}
                        disabled={assign.isPending}
                        onChange={(event) =>
                          assign.mutate([{ clientId: row.client.id, userId: event.target.value || null }])
                        }
                      >
                        <option value={NOBODY}>Nobody</option>
                        {row.standIn && !active.some((item) => item.user.id === row.standIn?.id) && (
                          <option value={row.standIn.id}>{row.standIn.name}</option>
                        )}
                        {active.map((item) => (
                          <option key={item.user.id} value={item.user.id}>
                            {item.user.name}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="col-wide">
                      {row.lastReport ? (
                        <span className={`badge ${REPORT_STATUS_TONES[row.lastReport.status]}`}>
                          {REPORT_STATUS_LABELS[row.lastReport.status]}
                        </span>
                      ) : (
                        <span className="muted">None yet</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMoreFooter list={clients} label="More clients" />
        </>
      )}
    </section>
  );
}

function nameOf(standIns: StandIn[], userId: string | null): string {
  if (!userId) return 'Nobody';
  return standIns.find((item) => item.user.id === userId)?.user.name ?? 'The stand-in';
}
