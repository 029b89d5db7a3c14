import { FileText, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import type { ClientImportPreview, ColumnMapping } from '../../api/imports.ts';
import { Skeleton } from '../../components/skeleton.tsx';
import { plural } from '../../lib/format.ts';
import { ColumnMappingTable } from './column-mapping.tsx';
import { FileDrop } from './file-drop.tsx';
import { ImportActions } from './import-actions.tsx';
import { ImportError } from './import-error.tsx';
import type { ChosenFile } from './import-flow.tsx';
import { ImportProblems } from './import-problems.tsx';
import { ImportSample } from './import-sample.tsx';

interface ImportReviewProps {
  file: ChosenFile;
  preview: ClientImportPreview | null;
  previewError: unknown;
  previewPending: boolean;
  mapping: ColumnMapping | undefined;
  examples: string[];
  importing: boolean;
  importError: unknown;
  onRemap: (mapping: ColumnMapping) => void;
  onChooseAnother: (file: File) => void;
  onCancel: () => void;
  onImport: (skipInvalid: boolean) => void;
}

/**
 * The preview of a chosen file: the verdict and the Import button first, then every
 * problem by line, what each column becomes, and the first rows.
 */
export function ImportReview(props: ImportReviewProps) {
  const { file, preview, mapping } = props;
  const [skipInvalid, setSkipInvalid] = useState(false);
  const mapsName = Object.values(mapping ?? {}).some(
    (field) => field === 'name' || field === 'firstName' || field === 'lastName',
  );

  return (
    <>
      <section className="card" aria-labelledby="import-file-heading" aria-busy={props.previewPending}>
        <header className="card-header">
          <h2 id="import-file-heading">Import clients</h2>
        </header>
        <div className="card-body">
          <FileDrop
            compact
            icon={FileText}
            title={file.name}
            detail={
              preview ? `${plural(preview.rows, 'row')} · ${formatBytes(file.size)}` : formatBytes(file.size)
            }
            buttonLabel="Choose another file"
            onFile={props.onChooseAnother}
          />
        </div>
        {preview && <ImportStats preview={preview} />}
        {preview && (
          <ImportActions
            preview={preview}
            skipInvalid={skipInvalid}
            onSkipInvalid={setSkipInvalid}
            mapsName={mapsName}
            ready={!props.previewPending && !props.previewError}
            importing={props.importing}
            importError={props.importError}
            onCancel={props.onCancel}
            onImport={() => props.onImport(skipInvalid)}
          />
        )}
      </section>

      <ImportError error={props.previewError} />
      {!preview && props.previewPending && (
        <section className="card">
          <Skeleton lines={6} label="Checking the file" />
        </section>
      )}

      {preview && mapping && (
        <>
          {preview.errors.length > 0 && <ImportProblems errors={preview.errors} rows={preview.rows} />}
          <section className="card" aria-labelledby="mapping-heading">
            <header className="card-header">
              <div>
                <h2 id="mapping-heading">Columns</h2>
                <p className="card-subtitle">Matched by their headers. Change any that Rapport got wrong.</p>
              </div>
            </header>
            {!mapsName && (
              <p className="banner banner-warning" role="alert">
                <TriangleAlert size={16} aria-hidden="true" />
                No column holds the client’s name. Choose Name (or First and Last name) for one of them.
              </p>
            )}
            <ColumnMappingTable
              columns={preview.columns}
              mapping={mapping}
              examples={props.examples}
              disabled={props.importing}
              onChange={props.onRemap}
            />
          </section>
          <section className="card" aria-labelledby="sample-heading">
            <header className="card-header">
              <div>
                <h2 id="sample-heading">Preview</h2>
                <p className="card-subtitle">
                  {preview.sample.length < preview.rows
                    ? `The first ${preview.sample.length} of ${plural(preview.rows, 'row')}, as Rapport reads them.`
                    : 'Every row, as Rapport reads it.'}
                </p>
              </div>
            </header>
            <ImportSample sample={preview.sample} mapping={mapping} />
          </section>
        </>
      )}
    </>
  );
}

function ImportStats({ preview }: { preview: ClientImportPreview }) {
  const invalid = preview.rows - preview.valid;
  return (
    <dl className="import-stats" aria-live="polite">
      <div>
        <dt>Rows in the file</dt>
        <dd className="tabular">{preview.rows.toLocaleString()}</dd>
      </div>
      <div>
        <dt>Ready to import</dt>
        <dd className="tabular import-stat-success">{preview.valid.toLocaleString()}</dd>
      </div>
      <div>
        <dt>Need fixing</dt>
        <dd className={`tabular${invalid ? ' import-stat-danger' : ''}`}>{invalid.toLocaleString()}</dd>
      </div>
    </dl>
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
