import { Search } from 'lucide-react';
import { useState } from 'react';
import { useDebounced } from '../../lib/use-debounced.ts';
import { BoardLegend } from './board-cell.tsx';
import { BoardFigures } from './board-figures.tsx';
import { BoardGrid } from './board-grid.tsx';
import { STEP_LABELS, STEPS } from './board-labels.ts';

/** The board: the coverage figures, then affected clients × the six steps. */
export function BoardTab({ disruptionId }: { disruptionId: string }) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  return (
    <section className="board-tab" aria-label="Board">
      <BoardFigures disruptionId={disruptionId} />
      <div className="toolbar board-toolbar">
        <label className="search">
          <Search size={16} aria-hidden="true" />
          <span className="visually-hidden">Find a client</span>
          <input
            type="search"
            placeholder="Find a client"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <BoardLegend />
      </div>
      {/* On a phone the columns show only their numbers; this says which step each is. */}
      <p className="board-step-key" aria-hidden="true">
        {STEPS.map((step, index) => `${index + 1} ${STEP_LABELS[step]}`).join(' · ')}
      </p>
      <BoardGrid disruptionId={disruptionId} q={q} />
    </section>
  );
}
