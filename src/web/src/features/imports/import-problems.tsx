import { AlertCircle } from 'lucide-react';
import { useState } from 'react';
import type { ImportIssue } from '../../api/types.ts';
import { plural } from '../../lib/format.ts';
import { fieldName } from './field-labels.ts';

const FIRST = 25;

/** Every problem by the line it is on in the file (the header is line 1), to fix in the spreadsheet. */
export function ImportProblems({ errors, rows }: { errors: ImportIssue[]; rows: number }) {
  const [all, setAll] = useState(false);
  const lines = new Set(errors.map((error) => error.line)).size;
  const shown = all ? errors : errors.slice(0, FIRST);
  return (
    <section className="card card-danger" aria-labelledby="problems-heading">
      <header className="card-header">
        <h2 id="problems-heading">
          <AlertCircle size={16} aria-hidden="true" />
          {lines.toLocaleString()} of {plural(rows, 'row')} {lines === 1 ? 'needs' : 'need'} fixing
        </h2>
        <span className="card-note">{plural(errors.length, 'problem')}</span>
      </header>
      <div className="table-wrap">
        <table className="table problem-table">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Field</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((error) => (
              <tr key={`${error.line}:${error.field}:${error.message}`}>
                <td className="tabular cell-strong">Line {error.line}</td>
                <td>{fieldName(error.field)}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errors.length > FIRST && (
        <div className="card-footer">
          <button type="button" className="btn btn-small" onClick={() => setAll((value) => !value)}>
            {all ? 'Show fewer' : `Show all ${errors.length.toLocaleString()} problems`}
          </button>
        </div>
      )}
    </section>
  );
}
