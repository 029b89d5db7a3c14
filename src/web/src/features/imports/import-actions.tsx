import type { ClientImportPreview } from '../../api/imports.ts';
import { plural } from '../../lib/format.ts';
import { ImportError } from './import-error.tsx';

/** All or nothing by default; skipping the bad rows is a choice the owner makes on purpose. */
export function ImportActions({
  preview,
  skipInvalid,
  onSkipInvalid,
  mapsName,
  ready,
  importing,
  importError,
  onCancel,
  onImport,
}: {
  preview: ClientImportPreview;
  skipInvalid: boolean;
  onSkipInvalid: (value: boolean) => void;
  /** Whether some column fills the client's name, without which nothing can be imported. */
  mapsName: boolean;
  /** The preview is current (not being re-checked, not failed). */
  ready: boolean;
  importing: boolean;
  importError: unknown;
  onCancel: () => void;
  onImport: () => void;
}) {
  const invalid = preview.rows - preview.valid;
  const blockedByRows = invalid > 0 && !skipInvalid;
  const count = plural(preview.valid, 'client');
  const label = importing
    ? `Importing ${count}…`
    : !mapsName || preview.valid === 0
      ? 'Import'
      : blockedByRows
        ? `Fix ${plural(invalid, 'row')} to import`
        : `Import ${count}`;
  return (
    <div className="import-actions">
      <ImportError error={importError} />
      <div className="import-actions-row">
        <div className="import-actions-text">
          {!mapsName ? (
            <p className="import-verdict import-verdict-blocked">
              Choose the column that holds each client’s name, under Columns below.
            </p>
          ) : invalid > 0 ? (
            <>
              <p className="import-verdict import-verdict-blocked">
                Nothing is imported while a row has a problem. Fix it in your file and choose it again.
              </p>
              {preview.valid > 0 && (
                <label className="check">
                  <input
                    type="checkbox"
                    checked={skipInvalid}
                    disabled={importing}
                    onChange={(event) => onSkipInvalid(event.target.checked)}
                  />
                  Or skip the {plural(invalid, 'row')} with problems and import the other{' '}
                  {preview.valid.toLocaleString()}
                </label>
              )}
            </>
          ) : (
            <p className="import-verdict">Every row is ready. Importing adds them as new clients.</p>
          )}
        </div>
        <div className="form-actions">
          <button type="button" className="btn" onClick={onCancel} disabled={importing}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!ready || !mapsName || blockedByRows || preview.valid === 0 || importing}
            onClick={onImport}
          >
            {label}
          </button>
        </div>
      </div>
      {importing && (
        <div className="progress" role="progressbar" aria-label="Importing clients">
          <span className="progress-bar" />
        </div>
      )}
    </div>
  );
}
