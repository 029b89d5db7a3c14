import { CircleAlert, CircleCheck } from 'lucide-react';
import type { ColumnMapping, ImportSampleRow } from '../../api/imports.ts';
import { FIELD_LABELS } from './field-labels.ts';

type Shown = Exclude<keyof ImportSampleRow, 'line' | 'valid'>;

// First and last name are joined into the name, so the sample shows the name instead.
const ORDER: Shown[] = [
  'name',
  'kind',
  'company',
  'email',
  'phone',
  'status',
  'tags',
  'since',
  'owner',
  'website',
  'address',
  'sells',
  'sellsTags',
  'notes',
];

/** The first rows as Rapport will read them, only the mapped fields, problems marked. */
export function ImportSample({ sample, mapping }: { sample: ImportSampleRow[]; mapping: ColumnMapping }) {
  const mapped = new Set(
    Object.values(mapping).map((field) => (field === 'firstName' || field === 'lastName' ? 'name' : field)),
  );
  const fields = ORDER.filter((field) => mapped.has(field));
  return (
    <div className="table-wrap">
      <table className="table admin-table sample-table">
        <thead>
          <tr>
            <th scope="col">Line</th>
            {fields.map((field) => (
              <th key={field} scope="col">
                {FIELD_LABELS[field].replace(/ \(.*\)$/, '')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sample.map((row) => (
            <tr key={row.line} className={row.valid ? undefined : 'row-invalid'}>
              <td className="tabular sample-line">
                {row.valid ? (
                  <CircleCheck size={15} className="icon-success" aria-label="Ready" />
                ) : (
                  <CircleAlert size={15} className="icon-danger" aria-label="Has a problem" />
                )}
                {row.line}
              </td>
              {fields.map((field) => (
                <td key={field}>{show(row[field])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function show(value: string | string[] | null) {
  if (Array.isArray(value)) return value.length ? value.join(', ') : <span className="muted">—</span>;
  return value ?? <span className="muted">—</span>;
}
