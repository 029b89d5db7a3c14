import { Link } from 'wouter';
import type { BoardRow } from '../../api/disruption-board-types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { STATE_LOOK, STEP_LABELS, STEPS } from './board-labels.ts';

/** One client's six steps with the reason for each: the board's tooltips, for everyone. */
export function BoardClientDialog({ row, onClose }: { row: BoardRow | null; onClose: () => void }) {
  return (
    <Dialog
      title={row?.clientName ?? ''}
      open={row !== null}
      onClose={onClose}
      description={row?.standIn ? `Stand-in: ${row.standIn.name}` : undefined}
    >
      {row && (
        <>
          <ol className="board-steps">
            {STEPS.map((step) => {
              const cell = row.cells[step];
              const look = STATE_LOOK[cell.state];
              return (
                <li key={step}>
                  <span className={`board-cell board-${cell.state}`}>
                    <look.icon size={15} aria-hidden="true" />
                    {look.label}
                  </span>
                  <div>
                    <strong>{STEP_LABELS[step]}</strong>
                    <p className="muted">{cell.note}</p>
                  </div>
                </li>
              );
            })}
          </ol>
          <div className="form-actions">
            <Link className="btn" href={`/clients/${row.clientId}`}>
              Open the client
            </Link>
            <button type="button" className="btn btn-primary" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
