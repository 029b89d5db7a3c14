import { useQuery } from '@tanstack/react-query';
import { ArrowRight } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { boardApi } from '../../api/disruption-board.ts';
import type { CellState, BoardFigures as Figures, PlaybookStep } from '../../api/disruption-board-types.ts';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { formatCalendarDate, plural } from '../../lib/format.ts';

export const boardKeys = {
  all: (disruptionId: string) => ['disruptions', disruptionId, 'board'] as const,
  figures: (disruptionId: string) => ['disruptions', disruptionId, 'board', 'figures'] as const,
  rows: (disruptionId: string, q: string, filter: string) =>
    ['disruptions', disruptionId, 'board', 'rows', q, filter] as const,
};

const OUTCOME: Record<Figures['promises']['outcome'], string> = {
  none: 'No date promised yet',
  pending: 'Not resolved yet',
  kept: 'Kept',
  broken: 'Broken',
};

/** Where a figure's link goes: the grid filtered to clients in `states` on `step`. */
type FilterHref = (step: PlaybookStep, states: CellState[]) => string;

interface FigureLink {
  label: string;
  step: PlaybookStep;
  states: CellState[];
}

/**
 * The coverage figures as cards, each with its share as a bar: contacted within 24 h,
 * callbacks on time, reports accepted, promises kept, thanked. Each card links to the
 * clients behind it on the grid, by the board's own states (a client not contacted yet is
 * Due or Overdue on Contact; one still to thank is Due or Overdue on Thank).
 */
export function BoardFigures({
  disruptionId,
  filterHref,
  onFollow,
}: {
  disruptionId: string;
  filterHref: FilterHref;
  /** Called when one of the links is followed, before the URL changes. */
  onFollow: () => void;
}) {
  const query = useQuery({
    queryKey: boardKeys.figures(disruptionId),
    queryFn: () => boardApi.figures(disruptionId),
  });
  if (query.isError) return <ErrorBanner error={query.error} />;
  if (query.isPending) return <Skeleton lines={2} label="Loading the figures" />;
  const f = query.data;
  const { promises } = f;
  const resolved = f.status === 'resolved';
  const toThank = f.thanks.chosen + f.thanks.notChosen;
  const links = (items: (FigureLink | false)[]) => (
    <FigureLinks items={items.filter((item) => item !== false)} href={filterHref} onFollow={onFollow} />
  );
  return (
    <dl className="stats board-stats">
      <Figure
        label="Contacted within 24 h"
        percent={f.contact.percentWithin24h}
        note={`${f.contact.within24h.toLocaleString()} of ${plural(f.clients, 'client')} · ${f.contact.late.toLocaleString()} late · ${f.contact.notYet.toLocaleString()} not yet`}
        links={links([
          f.contact.notYet > 0 && {
            label: `${f.contact.notYet.toLocaleString()} not contacted yet`,
            step: 'contact',
            states: ['due', 'overdue'],
          },
        ])}
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
        links={links([
          { label: 'Late callbacks or updates', step: 'communicate', states: ['overdue'] },
          f.callbacks.openNotDue > 0 && {
            label: 'Callbacks to return',
            step: 'communicate',
            states: ['due'],
          },
        ])}
      />
      <Figure
        label="Reports accepted"
        percent={f.reports.percentAccepted}
        note={`${f.reports.accepted} accepted · ${f.reports.sentBack} sent back · ${f.reports.waiting} waiting`}
        links={links([
          f.reports.waiting > 0 && { label: 'Waiting for review', step: 'oversee', states: ['due'] },
          f.reports.sentBack > 0 && { label: 'Sent back', step: 'oversee', states: ['overdue'] },
        ])}
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
            {resolved && promises.percentClientsKept !== null
              ? ` · kept for ${promises.percentClientsKept} % of clients told`
              : ` · ${promises.clientsToldCurrent.toLocaleString()} told the current date`}
          </span>
        </dd>
        {links([
          !resolved &&
            promises.current !== null &&
            promises.clientsToldCurrent < f.clients && {
              label: `${(f.clients - promises.clientsToldCurrent).toLocaleString()} still to tell`,
              step: 'time_frame',
              states: ['due', 'overdue'],
            },
        ])}
      </div>
      <Figure
        label="Thanked"
        percent={f.thanks.percentDone}
        note={
          resolved
            ? `${f.thanks.done.toLocaleString()} done · ${f.thanks.chosen.toLocaleString()} chosen · ${f.thanks.notChosen.toLocaleString()} to choose`
            : 'After the disruption is resolved'
        }
        links={links([
          resolved &&
            toThank > 0 && {
              label: `${toThank.toLocaleString()} still to thank`,
              step: 'thank',
              states: ['due', 'overdue'],
            },
        ])}
      />
    </dl>
  );
}

function FigureLinks({
  items,
  href,
  onFollow,
}: {
  items: FigureLink[];
  href: FilterHref;
  onFollow: () => void;
}) {
  if (items.length === 0) return null;
  return (
    <ul className="board-stat-links">
      {items.map((item) => (
        <li key={item.label}>
          <Link href={href(item.step, item.states)} onClick={onFollow}>
            {item.label}
            <ArrowRight size={13} aria-hidden="true" />
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Figure({
  label,
  percent,
  note,
  warn,
  links,
}: {
  label: string;
  percent: number | null;
  note: string;
  warn?: boolean;
  links?: ReactNode;
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
      {links}
    </div>
  );
}
