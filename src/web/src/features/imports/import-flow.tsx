import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import {
  type ClientImportPreview,
  type ColumnMapping,
  importsApi,
  MAX_IMPORT_BYTES,
} from '../../api/imports.ts';
import { peekCsv } from './csv-peek.ts';
import { FileDrop } from './file-drop.tsx';
import { ImportDone } from './import-done.tsx';
import { ImportError } from './import-error.tsx';
import { ImportIntro } from './import-intro.tsx';
import { ImportReview } from './import-review.tsx';

export interface ChosenFile {
  name: string;
  size: number;
  text: string;
}

/**
 * Choose a file → the server previews it (mapping, first rows, every problem) → adjust the
 * mapping → import. The server checks every row before writing any, so a file with a bad
 * row imports nothing unless the owner chooses to skip the bad rows.
 */
export function ImportFlow() {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | undefined>();
  // The last preview stays on screen while a new mapping is checked, so nothing flickers.
  const [checked, setChecked] = useState<ClientImportPreview | null>(null);
  const preview = useMutation({
    mutationFn: (input: { csv: string; mapping?: ColumnMapping | undefined }) => importsApi.preview(input),
  });
  // Only the latest request's answer counts: an older, slower one must not overwrite it.
  const check = (csv: string, next?: ColumnMapping) =>
    preview.mutate({ csv, mapping: next }, { onSuccess: (result) => setChecked(result) });
  const run = useMutation({
    mutationFn: (skipInvalid: boolean) => importsApi.run({ csv: file?.text ?? '', mapping, skipInvalid }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['clients'] }),
        queryClient.invalidateQueries({ queryKey: ['today'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
  const examples = useMemo(() => (file ? examplesOf(file.text) : []), [file]);

  const choose = async (chosen: File) => {
    run.reset();
    preview.reset();
    setMapping(undefined);
    setChecked(null);
    if (chosen.size > MAX_IMPORT_BYTES) {
      setFile(null);
      setFileError(
        `${chosen.name} is larger than 10 MB. Split it, or import it with the CLI: rapport import clients FILE.csv`,
      );
      return;
    }
    setFileError(null);
    const next = { name: chosen.name, size: chosen.size, text: await chosen.text() };
    setFile(next);
    check(next.text);
  };
  const remap = (next: ColumnMapping) => {
    if (!file) return;
    setMapping(next);
    run.reset();
    check(file.text, next);
  };
  const startOver = () => {
    setFile(null);
    setMapping(undefined);
    setChecked(null);
    preview.reset();
    run.reset();
  };

  if (run.data && file) return <ImportDone fileName={file.name} result={run.data} onAgain={startOver} />;
  if (!file) {
    return (
      <section className="card" aria-labelledby="import-heading">
        <header className="card-header">
          <div>
            <h2 id="import-heading">Import clients</h2>
            <p className="card-subtitle">Nothing is saved until you have checked the preview.</p>
          </div>
        </header>
        <div className="card-body import-start">
          <ImportError error={fileError ? new Error(fileError) : null} />
          <FileDrop onFile={(chosen) => void choose(chosen)} />
          <ImportIntro />
        </div>
      </section>
    );
  }
  return (
    <ImportReview
      file={file}
      preview={checked}
      previewError={preview.error}
      previewPending={preview.isPending}
      mapping={mapping ?? checked?.mapping}
      examples={examples}
      importing={run.isPending}
      importError={run.error}
      onRemap={remap}
      onChooseAnother={(chosen) => void choose(chosen)}
      onCancel={startOver}
      onImport={(skipInvalid) => run.mutate(skipInvalid)}
    />
  );
}

/** The first non-empty value of each column in the first rows, to help map it. */
function examplesOf(text: string): string[] {
  const [header = [], ...rows] = peekCsv(text);
  return header.map((_, index) => rows.map((row) => row[index]?.trim() ?? '').find(Boolean) ?? '');
}
