import type { CellState, PlaybookStep } from '../../api/disruption-board-types.ts';
import { CELL_STATES, STATE_LOOK, STEP_LABELS, STEPS } from './board-labels.ts';

/**
 * The board's filter as it sits in the URL (`?step=contact&state=due,overdue`), so a
 * filtered board can be linked to. The API wants both or neither; here a state may be
 * picked before the step, and the grid is filtered once both are there.
 */
export interface BoardFilter {
  step: PlaybookStep | null;
  states: CellState[];
}

export function readBoardFilter(search: URLSearchParams): BoardFilter {
  const step = STEPS.find((item) => item === search.get('step')) ?? null;
  const asked = (search.get('state') ?? '').split(',');
  return { step, states: CELL_STATES.filter((state) => asked.includes(state)) };
}

/** The filter the API gets, or none while a part is missing. */
export function activeFilter(filter: BoardFilter): { step: PlaybookStep; state: string } | null {
  return filter.step && filter.states.length > 0
    ? { step: filter.step, state: filter.states.join(',') }
    : null;
}

/** `search` with the filter set (or cleared), as a query string with its `?`, commas left readable. */
export function boardSearch(search: URLSearchParams, filter: BoardFilter): string {
  const next = new URLSearchParams(search);
  if (filter.step) next.set('step', filter.step);
  else next.delete('step');
  if (filter.states.length > 0) next.set('state', filter.states.join(','));
  else next.delete('state');
  const query = next.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/** "Contact is Due or Overdue": the filter in words, for the line above the grid. */
export function describeFilter(filter: { step: PlaybookStep; states: CellState[] }): string {
  const states = filter.states.map((state) => STATE_LOOK[state].label);
  const words = states.length > 1 ? `${states.slice(0, -1).join(', ')} or ${states.at(-1)}` : states[0];
  return `${STEP_LABELS[filter.step]} is ${words}`;
}
