import type { BoardCell as Cell, PlaybookStep } from '../../api/disruption-board-types.ts';
import { STATE_LOOK, STEP_LABELS } from './board-labels.ts';

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

/** The states and what they look like, above the grid. */
export function BoardLegend() {
  return (
    <ul className="board-legend" aria-label="What the cells mean">
      {Object.entries(STATE_LOOK).map(([state, look]) => (
        <li key={state} className={`board-cell board-${state}`}>
          <look.icon size={15} aria-hidden="true" />
          <span>{look.label}</span>
        </li>
      ))}
    </ul>
  );
}
