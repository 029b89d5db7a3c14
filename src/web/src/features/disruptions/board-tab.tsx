import { X } from 'lucide-react';
import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { CellState, PlaybookStep } from '../../api/disruption-board-types.ts';
import { SearchBox } from '../../components/search-box.tsx';
import { useDebounced } from '../../lib/use-debounced.ts';
import { BoardLegend } from './board-cell.tsx';
import { BoardFigures } from './board-figures.tsx';
import {
  activeFilter,
  type BoardFilter,
  boardSearch,
  describeFilter,
  readBoardFilter,
} from './board-filter.ts';
import { BoardGrid } from './board-grid.tsx';
import { CELL_STATES, STEP_LABELS, STEPS } from './board-labels.ts';

/**
 * The board: the coverage figures, then affected clients × the six steps. The grid can be
 * narrowed to the clients in some states on one step ("who is overdue on contact"); that
 * filter lives in the URL, so the figures link to it and a filtered board can be shared.
 */
export function BoardTab({ disruptionId }: { disruptionId: string }) {
  const [location, navigate] = useLocation();
  const search = new URLSearchParams(useSearch());
  const filter = readBoardFilter(search);
  const active = activeFilter(filter);
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim(), 250);
  const stepId = useId();
  const toolbar = useRef<HTMLDivElement>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  const followed = useRef(false);

  const setFilter = (next: BoardFilter) =>
    navigate(`${location}${boardSearch(search, next)}`, { replace: true });
  const toggle = (state: CellState) =>
    setFilter({
      ...filter,
      // In the legend's order, so the same filter always has the same URL.
      states: CELL_STATES.filter((item) => (item === state) !== filter.states.includes(item)),
    });
  // A figure's link was followed: bring the grid into view and say what it now shows.
  const filterKey = active ? `${active.step}=${active.state}` : '';
  useEffect(() => {
    if (!followed.current || !filterKey) return;
    followed.current = false;
    toolbar.current?.scrollIntoView({ block: 'start' });
    summary.current?.focus({ preventScroll: true });
  }, [filterKey]);

  return (
    <section className="board-tab" aria-label="Board">
      <BoardFigures
        disruptionId={disruptionId}
        filterHref={(step, states) => `${location}${boardSearch(search, { step, states })}`}
        onFollow={() => {
          followed.current = true;
        }}
      />
      <div className="toolbar board-toolbar" ref={toolbar}>
        <SearchBox value={typed} onChange={setTyped} label="Find a client" />
        <label className="visually-hidden" htmlFor={stepId}>
          Step to filter by
        </label>
        <select
          id={stepId}
          className="board-step-select"
          value={filter.step ?? ''}
          aria-invalid={filter.states.length > 0 && !filter.step ? true : undefined}
          onChange={(event) =>
            setFilter({ ...filter, step: (event.target.value || null) as PlaybookStep | null })
          }
        >
          <option value="">Filter by step</option>
          {STEPS.map((step, index) => (
            <option key={step} value={step}>
              Step {index + 1}: {STEP_LABELS[step]}
            </option>
          ))}
        </select>
        <BoardLegend pressed={filter.states} onToggle={toggle} />
      </div>
      <FilterLine filter={filter} summary={summary} onClear={() => setFilter({ step: null, states: [] })} />
      {/* On a phone the columns show only their numbers; this says which step each is. */}
      <p className="board-step-key" aria-hidden="true">
        {STEPS.map((step, index) => `${index + 1} ${STEP_LABELS[step]}`).join(' · ')}
      </p>
      <BoardGrid disruptionId={disruptionId} q={q} filter={active} />
    </section>
  );
}

/** What the grid shows, with a way back to everyone; or what the filter still needs. */
function FilterLine({
  filter,
  summary,
  onClear,
}: {
  filter: BoardFilter;
  summary: RefObject<HTMLParagraphElement | null>;
  onClear: () => void;
}) {
  const { step, states } = filter;
  const shown = step || states.length > 0;
  return (
    // Always there, so a screen reader hears the line when the filter changes.
    <div className="board-filter-status" aria-live="polite">
      {shown && (
        <p className="board-filter-line" ref={summary} tabIndex={-1}>
          <span>
            {step && states.length > 0 ? (
              <>
                Showing clients whose <strong>{describeFilter({ step, states })}</strong>
              </>
            ) : step ? (
              <>Pick one or more states to filter the {STEP_LABELS[step]} step.</>
            ) : (
              <>Choose a step to show only the clients in those states.</>
            )}
          </span>
          <button type="button" className="btn btn-ghost btn-small" onClick={onClear}>
            <X size={14} aria-hidden="true" /> Clear filter
          </button>
        </p>
      )}
    </div>
  );
}
