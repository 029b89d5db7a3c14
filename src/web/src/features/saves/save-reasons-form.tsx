import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Plus, Trash2 } from 'lucide-react';
import { type FormEvent, useEffect, useState } from 'react';
import { policyApi } from '../../api/saves.ts';
import type { SaveReason } from '../../api/saves-types.ts';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { useToast } from '../../components/toaster.tsx';
import { SaveBar } from '../settings/save-bar.tsx';
import { saveKeys } from './save-keys.ts';

interface Row extends SaveReason {
  /** Stored cases point at the code, so a saved reason keeps its code when renamed. */
  isStored: boolean;
  /** The row's identity while editing (a new row has no code yet). */
  key: number;
}

/** 'Moved abroad' → 'moved_abroad': the code a new reason is stored under. */
function codeOf(label: string, taken: Set<string>): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+|_+$/g, '')
      .slice(0, 36) || 'reason';
  let code = base;
  for (let n = 2; taken.has(code); n += 1) code = `${base}_${n}`;
  return code;
}

const toRows = (reasons: SaveReason[]): Row[] =>
  reasons.map((reason, index) => ({ ...reason, isStored: true, key: index }));

/**
 * The reasons a client may give for leaving, as the call's "Reason" lists them. Renaming
 * keeps past cases under the new name; a removed reason stays on the cases that used it.
 */
export function SaveReasonsForm({ reasons, canEdit }: { reasons: SaveReason[]; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [rows, setRows] = useState(() => toRows(reasons));
  useEffect(() => setRows(toRows(reasons)), [reasons]);
  const save = useMutation({
    mutationFn: (next: SaveReason[]) => policyApi.update({ saveReasons: next }),
    onSuccess: (result) => {
      queryClient.setQueryData(saveKeys.policy, result);
      toast('Reasons saved');
    },
  });
  const next = (): SaveReason[] => {
    const taken = new Set(rows.filter((row) => row.isStored).map((row) => row.code));
    return rows
      .filter((row) => row.label.trim())
      .map((row) => {
        if (row.isStored) return { code: row.code, label: row.label.trim() };
        const code = codeOf(row.label, taken);
        taken.add(code);
        return { code, label: row.label.trim() };
      });
  };
  const dirty = JSON.stringify(next()) !== JSON.stringify(reasons);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(next());
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="reasons-heading" noValidate>
      <header className="card-header">
        <div>
          <h2 id="reasons-heading">Reasons clients give</h2>
          <p className="card-subtitle">
            The list a call’s reason is chosen from. The notes keep the detail; these make the figures
            comparable.
          </p>
        </div>
      </header>
      <fieldset className="card-body settings-fields" disabled={!canEdit}>
        <ErrorBanner error={save.error} fields={['saveReasons']} />
        <ul className="reason-rows">
          {rows.map((row, index) => (
            <li key={row.key} className="reason-row">
              <input
                type="text"
                aria-label={`Reason ${index + 1}`}
                value={row.label}
                maxLength={80}
                aria-invalid={fieldError(save.error, `saveReasons.${index}`) ? true : undefined}
                onChange={(event) =>
                  setRows((list) =>
                    list.map((item, i) => (i === index ? { ...item, label: event.target.value } : item)),
                  )
                }
              />
              <span className="reason-code mono muted">{row.isStored ? row.code : 'new'}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${row.label || `reason ${index + 1}`}`}
                disabled={rows.length === 1}
                onClick={() => setRows((list) => list.filter((_, i) => i !== index))}
              >
                <Trash2 size={16} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
        {canEdit && (
          <button
            type="button"
            className="link-button reason-add"
            onClick={() =>
              setRows((list) => [
                ...list,
                {
                  code: '',
                  label: '',
                  isStored: false,
                  key: Math.max(0, ...list.map((item) => item.key)) + 1,
                },
              ])
            }
          >
            <Plus size={14} aria-hidden="true" /> Add a reason
          </button>
        )}
      </fieldset>
      {canEdit && (
        <SaveBar
          dirty={dirty}
          pending={save.isPending}
          onReset={() => {
            setRows(toRows(reasons));
            save.reset();
          }}
        />
      )}
    </form>
  );
}
