import { ArrowRight } from 'lucide-react';
import { type ColumnMapping, IMPORT_FIELDS, type ImportField } from '../../api/imports.ts';
import { FIELD_LABELS } from './field-labels.ts';

/**
 * Each CSV column beside the client field it fills, with an example value from the file.
 * A field goes to one column only: choosing it for another column frees the first.
 */
export function ColumnMappingTable({
  columns,
  mapping,
  examples,
  disabled,
  onChange,
}: {
  columns: string[];
  mapping: ColumnMapping;
  /** Example values per column index, from the first rows. */
  examples: string[];
  disabled: boolean;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const choose = (column: string, field: ImportField | '') => {
    const next: ColumnMapping = {};
    for (const other of columns)
      next[other] = field && mapping[other] === field ? '' : (mapping[other] ?? '');
    next[column] = field;
    onChange(next);
  };
  return (
    <div className="table-wrap">
      <table className="table admin-table mapping-table">
        <thead>
          <tr>
            <th scope="col">Column in your file</th>
            <th scope="col">Example</th>
            <th scope="col">
              <span className="visually-hidden">becomes</span>
            </th>
            <th scope="col">Rapport field</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column, index) => {
            const field = mapping[column] ?? '';
            return (
              <tr key={column} className={field ? undefined : 'row-muted'}>
                <th scope="row" className="cell-strong">
                  {column}
                </th>
                <td className="mapping-example">{examples[index] || <span className="muted">—</span>}</td>
                <td className="mapping-arrow" aria-hidden="true">
                  <ArrowRight size={15} />
                </td>
                <td>
                  <select
                    className="select-compact"
                    aria-label={`Rapport field for column ${column}`}
                    value={field}
                    disabled={disabled}
                    onChange={(event) => choose(column, event.target.value as ImportField | '')}
                  >
                    <option value="">Don’t import</option>
                    {IMPORT_FIELDS.map((option) => (
                      <option key={option} value={option}>
                        {FIELD_LABELS[option]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
