import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { settingsApi } from '../../api/admin.ts';
import type { Settings } from '../../api/types.ts';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { sessionKeys } from '../auth/session.tsx';
import { listCurrencies, listTimeZones } from '../auth/zones.ts';
import { settingsKeys } from './query-keys.ts';
import { SaveBar } from './save-bar.tsx';

type Workspace = Settings['workspace'];

const currencyNames = new Intl.DisplayNames(undefined, { type: 'currency' });

/** Name, time zone and currency. Every screen shows dates in this zone. */
export function WorkspaceForm({ workspace, canEdit }: { workspace: Workspace; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [draft, setDraft] = useState(workspace);
  useEffect(() => setDraft(workspace), [workspace]);
  const zones = useMemo(() => withCurrent(listTimeZones(), workspace.timezone), [workspace.timezone]);
  const currencies = useMemo(() => withCurrent(listCurrencies(), workspace.currency), [workspace.currency]);
  const save = useMutation({
    mutationFn: (next: Workspace) => settingsApi.update({ workspace: next }),
    onSuccess: async (settings) => {
      queryClient.setQueryData(settingsKeys.settings, settings);
      toast('Workspace saved');
      // The sidebar and every date on screen follow the workspace's name and zone.
      await queryClient.invalidateQueries({ queryKey: sessionKeys.me });
    },
  });
  const dirty = JSON.stringify(draft) !== JSON.stringify(workspace);
  const set = (key: keyof Workspace) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [key]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(draft);
  };
  const error = (field: keyof Workspace) => fieldError(save.error, `workspace.${field}`);

  return (
    <form className="card" onSubmit={submit} aria-labelledby="workspace-heading" noValidate>
      <header className="card-header">
        <div>
          <h2 id="workspace-heading">Workspace</h2>
          <p className="card-subtitle">How Rapport names your business and tells the time.</p>
        </div>
      </header>
      <fieldset className="card-body settings-fields" disabled={!canEdit}>
        <ErrorBanner error={save.error} fields={['workspace']} />
        <Field label="Business name" error={error('name')} hint="Shown in the sidebar and to your team.">
          <input value={draft.name} onChange={set('name')} autoComplete="organization" maxLength={120} />
        </Field>
        <div className="form-row">
          <Field
            label="Time zone"
            error={error('timezone')}
            hint="Dates, due times and business hours follow this zone."
          >
            <select value={draft.timezone} onChange={set('timezone')}>
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          </Field>
          <Field
            label="Currency"
            error={error('currency')}
            hint="Amounts are kept and shown in this currency."
          >
            <select value={draft.currency} onChange={set('currency')}>
              {currencies.map((code) => (
                <option key={code} value={code}>
                  {code} — {currencyNames.of(code) ?? code}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </fieldset>
      {canEdit && (
        <SaveBar
          dirty={dirty}
          pending={save.isPending}
          onReset={() => {
            setDraft(workspace);
            save.reset();
          }}
        />
      )}
    </form>
  );
}

/** The stored value stays selectable even when this browser does not list it. */
function withCurrent(list: string[], current: string): string[] {
  return list.includes(current) ? list : [current, ...list];
}
