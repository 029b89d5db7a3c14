import { useQuery } from '@tanstack/react-query';
import { boardApi } from '../../api/disruption-board.ts';
import type { BoardFigures as Figures } from '../../api/disruption-board-types.ts';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { formatCalendarDate, plural } from '../../lib/format.ts';

export const boardKeys = {
  all: (disruptionId: string) => ['disruptions', disruptionId, 'board'] as const,
  figures: (disruptionId: string) => ['disruptions', disruptionId, 'board', 'figures'] as const,
  rows: (disruptionId: string, q: string) => ['disruptions', disruptionId, 'board', 'rows', q] as const,
};

const OUTCOME: Record<Figures['promises']['outcome'], string> = {
  none: 'No date promised yet',
  pending: 'Not resolved yet',
  kept: 'Kept',
  broken: 'Broken',
};

/**
 * The coverage figures as cards, each with its share as a bar: contacted within 24 h,
 * callbacks on time, reports accepted, promises kept, thanked.
 */
export function BoardFigures({ disruptionId }: { disruptionId: string }) {
  const query = useQuery({
    queryKey: boardKeys.figures(disruptionId),
    queryFn: () => boardApi.figures(disruptionId),
  });
  if (query.isError) return <ErrorBanner error={query.error} />;
  if (query.isPending) return <Skeleton lines={2} label="Loading the figures" />;
  const f = query.data;
  const { promises } = f;
  return (
    <dl className="stats board-stats">
      <Figure
        label="Contacted within 24 h"
        percent={f.contact.percentWithin24h}
        note={`${f.contact.within24h.toLocaleString()} of ${plural(f.clients, 'client')} · ${f.contact.late.toLocaleString()} late · ${f.contact.notYet.toLocaleString()} not yet`}
      />
      <Figure
        label="Callbacks on time"
        percent={f.callbacks.percentOnTime}
        note={
          f.callbacks.due === 0
            ? `None due yet${f.callbacks.openNotDue ? ` · ${f.callbacks.openNotDue} open` : ''}`
            : `${f.callbacks.answeredOnTime} of ${f.callbacks.due} due · ${f.callbacks.openOverdue} overdue`
        }
        warn={f.callbacks.openOverdue > 0}
      />
      <Figure
        label="Reports accepted"
        percent={f.reports.percentAccepted}
        note={`${f.reports.accepted} accepted · ${f.reports.sentBack} sent back · ${f.reports.waiting} waiting`}
      />
      <div className="stat">
        <dt>Promise</dt>
        <dd>
          <span className={`board-outcome board-outcome-${promises.outcome}`}>
            {OUTCOME[promises.outcome]}
          </span>
          <span className="stat-note">
            {promises.current ? `${formatCalendarDate(promises.current)} · ` : ''}
            {plural(promises.rePromises, 're-promise')}
            {f.status === 'resolved' && promises.percentClientsKept !== null
              ? ` · kept for ${promises.percentClientsKept} % of clients told`
              : ` · ${promises.clientsToldCurrent.toLocaleString()} told the current date`}
          </span>
        </dd>
      </div>
      <Figure
        label="Thanked"
        percent={f.thanks.percentDone}
        note={
          f.status === 'resolved'
            ? `${f.thanks.done.toLocaleString()} done · ${f.thanks.chosen.toLocaleString()} chosen · ${f.thanks.notChosen.toLocaleString()} to choose`
            : 'After the disruption is resolved'
        }
      />
    </dl>
  );
}

function Figure({
  label,
  percent,
  note,
  warn,
}: {
  label: string;
  percent: number | null;
  note: string;
  warn?: boolean;
}) {
  return (
    <div className={`stat${warn ? ' board-stat-warn' : ''}`}>
      <dt>{label}</dt>
      <dd>
        <span className="tabular">{percent === null ? '—' : `${percent} %`}</span>
        <span className="stat-note">{note}</span>
      </dd>
      {percent !== null && (
        <div className="board-meter" aria-hidden="true">
          <span style={{ width: `${percent}%` }} />
        </div>
      )}
    </div>
  );
}
