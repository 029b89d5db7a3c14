import type { BoardCell as Cell, CellState, PlaybookStep } from '../../api/disruption-board-types.ts';
import { CELL_STATES, STATE_LOOK, STEP_LABELS } from './board-labels.ts';

/**
 * One cell: icon and word for the state, coloured by it, the reason in the tooltip and,
 * for screen readers, read out with the cell.
 */
export function BoardCell({ step, cell }: { step: PlaybookStep; cell: Cell }) {
  const look = STATE_LOOK[cell.state];
  return (
    <td className="board-td">
      <span className={`board-cell board-${cell.state}`} title={`${STEP_LABELS[step]}: ${cell.note}`}>
        <look.icon size={15} aria-hidden="true" />
        <span className="board-cell-label">{look.label}</span>
        <span className="visually-hidden">: {cell.note}</span>
      </span>
    </td>
  );
}

/**
 * The states and what they look like, above the grid; each is also a toggle that shows
 * only the clients in that state on the chosen step.
 */
export function BoardLegend({
  pressed,
  onToggle,
}: {
  pressed: readonly CellState[];
  onToggle: (state: CellState) => void;
}) {
  return (
    <fieldset className={`board-legend${pressed.length > 0 ? ' board-legend-filtering' : ''}`}>
      <legend className="visually-hidden">Show only clients whose step is</legend>
      {CELL_STATES.map((state) => {
        const look = STATE_LOOK[state];
        return (
          <button
            key={state}
            type="button"
            className={`board-cell board-${state}`}
            aria-pressed={pressed.includes(state)}
            onClick={() => onToggle(state)}
          >
            <look.icon size={15} aria-hidden="true" />
            <span>{look.label}</span>
          </button>
        );
      })}
    </fieldset>
  );
}
