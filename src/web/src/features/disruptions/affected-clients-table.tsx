import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Check, Trash2 } from 'lucide-react';
import { Link } from 'wouter';
import { disruptionKeys, disruptionsApi } from '../../api/disruptions.ts';
import type { AffectedClient } from '../../api/disruptions-types.ts';
import type { Channel } from '../../api/types.ts';
import { CHANNEL_LABELS, CHANNEL_OPTIONS } from '../../components/channel-icon.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { useToast } from '../../components/toaster.tsx';
import { formatCalendarDate, formatDateTime, todayIn } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';
import { promiseText } from './disruption-labels.ts';

/**
 * One row per affected client: how we reach them, whether step 1 is done, when the next
 * update is due (overdue is loud) and whether they must be told the current promise.
 */
export function AffectedClientsTable({
  disruptionId,
  items,
  canManage,
}: {
  disruptionId: string;
  items: AffectedClient[];
  canManage: boolean;
}) {
  const timeZone = useTimeZone();
  const queryClient = useQueryClient();
  const toast = useToast();
  const refresh = () => queryClient.invalidateQueries({ queryKey: disruptionKeys.one(disruptionId) });
  const setChannel = useMutation({
    mutationFn: ({ clientId, channel }: { clientId: string; channel: Channel }) =>
      disruptionsApi.updateClient(disruptionId, clientId, { channel }),
    onSuccess: async (row) => {
      toast(`${row.name}: by ${CHANNEL_LABELS[row.channel].toLowerCase()}`);
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (client: AffectedClient) => disruptionsApi.removeClient(disruptionId, client.clientId),
    onSuccess: async (result) => {
      toast(`${result.client.name} taken out of the disruption`);
      await refresh();
      await queryClient.invalidateQueries({ queryKey: disruptionKeys.list });
    },
  });
  return (
    <div className="table-wrap">
      <ErrorBanner error={setChannel.error ?? remove.error} />
      <table className="table affected-table">
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Channel</th>
            <th scope="col">Contacted</th>
            <th scope="col">Outreach task</th>
            <th scope="col">Next update</th>
            <th scope="col">Promise told</th>
            <th scope="col">Stand-in</th>
            {canManage && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((row) => (
            <tr
              key={row.clientId}
              className={row.updateOverdue ? 'row-overdue' : undefined}
              data-testid="affected-row"
            >
              <td data-label="Client">
                <Link href={`/clients/${row.clientId}`} className="cell-strong">
                  {row.name}
                </Link>
                {row.removedAt && <span className="badge badge-neutral">Removed</span>}
                <span className="affected-contact muted">
                  {row.email ?? row.phone ?? 'No e-mail or phone'}
                </span>
              </td>
              <td data-label="Channel">
                {canManage && !row.removedAt ? (
                  <select
                    aria-label={`Channel for ${row.name}`}
                    value={row.channel}
                    disabled={setChannel.isPending}
                    onChange={(event) =>
                      setChannel.mutate({ clientId: row.clientId, channel: event.target.value as Channel })
                    }
                  >
                    {CHANNEL_OPTIONS.map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                ) : (
                  CHANNEL_LABELS[row.channel]
                )}
              </td>
              <td data-label="Contacted">
                {row.contactedAt ? (
                  <span className="contact-done" title={formatDateTime(row.contactedAt, timeZone)}>
                    <Check size={14} aria-hidden="true" />{' '}
                    {formatCalendarDate(todayIn(timeZone, new Date(row.contactedAt)))}
                  </span>
                ) : (
                  <span className="badge badge-warning">Not yet</span>
                )}
              </td>
              <td data-label="Outreach task">
                {row.outreachTask ? (
                  row.outreachTask.doneAt ? (
                    <span className="muted">Done</span>
                  ) : (
                    <span>
                      Open
                      {row.outreachTask.assignee && (
                        <span className="muted"> · {row.outreachTask.assignee.name}</span>
                      )}
                    </span>
                  )
                ) : (
                  <span className="muted">–</span>
                )}
              </td>
              <td data-label="Next update" className="nowrap">
                {row.nextUpdateDueOn ? (
                  row.updateOverdue ? (
                    <span className="badge badge-danger">
                      Overdue · {formatCalendarDate(row.nextUpdateDueOn)}
                    </span>
                  ) : (
                    formatCalendarDate(row.nextUpdateDueOn)
                  )
                ) : (
                  <span className="muted">–</span>
                )}
              </td>
              <td data-label="Promise told">
                {row.mustBeTold ? (
                  <span className="badge badge-warning">Must be told</span>
                ) : row.toldPromisedOn ? (
                  <span title={promiseText(row.toldPromisedOn)}>
                    {formatCalendarDate(row.toldPromisedOn)}
                  </span>
                ) : (
                  <span className="muted">No date yet</span>
                )}
              </td>
              <td data-label="Stand-in">{row.standIn?.name ?? <span className="muted">–</span>}</td>
              {canManage && (
                <td className="row-actions">
                  {!row.removedAt && (
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Take ${row.name} out of the disruption`}
                      disabled={remove.isPending}
                      onClick={() => {
                        if (
                          window.confirm(
                            `Take ${row.name} out? Their open outreach is stopped; their history stays.`,
                          )
                        )
                          remove.mutate(row);
                      }}
                    >
                      <Trash2 size={16} aria-hidden="true" />
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
