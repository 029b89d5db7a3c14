import { CircleCheck } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { ImportResult } from '../../api/types.ts';
import { plural } from '../../lib/format.ts';

/** The outcome, announced and focused, with the way onward. */
export function ImportDone({
  fileName,
  result,
  onAgain,
}: {
  fileName: string;
  result: ImportResult;
  onAgain: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card import-done" aria-labelledby="import-done-heading">
      <span className="import-done-icon" aria-hidden="true">
        <CircleCheck size={28} />
      </span>
      <h2 id="import-done-heading" ref={heading} tabIndex={-1}>
        {plural(result.imported, 'client')} imported
      </h2>
      <p className="muted">
        From {fileName}
        {result.skipped > 0 ? `; ${plural(result.skipped, 'row')} with problems skipped.` : '.'}
      </p>
      {result.errors.length > 0 && (
        <details className="import-skipped">
          <summary>Skipped rows</summary>
          <ul>
            {result.errors.map((error) => (
              <li key={`${error.line}:${error.field}:${error.message}`}>
                Line {error.line}: {error.field ? `${error.field}: ` : ''}
                {error.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="page-actions">
        <Link href="/clients" className="btn btn-primary">
          View clients
        </Link>
        <button type="button" className="btn" onClick={onAgain}>
          Import another file
        </button>
      </div>
    </section>
  );
}
