import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Clock } from 'lucide-react';
import { type FormEvent, useEffect, useState } from 'react';
import { settingsApi } from '../../api/admin.ts';
import type { ResponsePolicy } from '../../api/types.ts';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { useTimeZone } from '../auth/session.tsx';
import { describePolicy, WEEKDAYS } from './policy-summary.ts';
import { settingsKeys } from './query-keys.ts';
import { SaveBar } from './save-bar.tsx';

type Draft = Omit<ResponsePolicy, 'callbackHours'> & { callbackHours: string };

const toDraft = (policy: ResponsePolicy): Draft => ({
  ...policy,
  callbackHours: String(policy.callbackHours),
});

/**
 * How soon an inbound call, e-mail or message must be answered ("return every call ASAP"):
 * hours on the clock, or hours inside business hours. Open callbacks keep their due time.
 */
export function ResponsePolicyForm({ policy, canEdit }: { policy: ResponsePolicy; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const timeZone = useTimeZone();
  const [draft, setDraft] = useState(() => toDraft(policy));
  const [hoursError, setHoursError] = useState<string>();
  useEffect(() => setDraft(toDraft(policy)), [policy]);
  const save = useMutation({
    mutationFn: (next: ResponsePolicy) => settingsApi.update({ responsePolicy: next }),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKeys.settings, settings);
      toast('Response policy saved');
    },
  });
  const hours = Number(draft.callbackHours);
  const parsed: ResponsePolicy = { ...draft, callbackHours: hours };
  const dirty = JSON.stringify(toDraft(parsed)) !== JSON.stringify(toDraft(policy));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.callbackHours.trim() === '' || !Number.isFinite(hours)) {
      setHoursError('Enter a number of hours, such as 4 or 1.5');
      return;
    }
    setHoursError(undefined);
    save.mutate(parsed);
  };
  const error = (field: keyof ResponsePolicy) => fieldError(save.error, `responsePolicy.${field}`);
  const toggleDay = (day: number) =>
    setDraft((current) => ({
      ...current,
      workdays: current.workdays.includes(day)
        ? current.workdays.filter((item) => item !== day)
        : [...current.workdays, day].sort((a, b) => a - b),
    }));

  return (
    <form className="card" onSubmit={submit} aria-labelledby="policy-heading" noValidate>
      <header className="card-header">
        <div>
          <h2 id="policy-heading">Callback response policy</h2>
          <p className="card-subtitle">
            When a client calls, writes or leaves a message, Rapport opens a callback due by this policy.
          </p>
        </div>
      </header>
      <fieldset className="card-body settings-fields" disabled={!canEdit}>
        <ErrorBanner error={save.error} fields={['responsePolicy']} />
        <Field
          label="Answer within"
          error={hoursError ?? error('callbackHours')}
          hint="From a quarter of an hour (0.25) up to 720 hours."
          className="policy-hours"
        >
          <HoursInput
            value={draft.callbackHours}
            onChange={(callbackHours) => setDraft((current) => ({ ...current, callbackHours }))}
          />
        </Field>
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={draft.businessHoursOnly}
            checked={draft.businessHoursOnly}
            onChange={(event) =>
              setDraft((current) => ({ ...current, businessHoursOnly: event.target.checked }))
            }
          />
          <span className="switch-track" aria-hidden="true" />
          <span>
            <span className="switch-label">Count only business hours</span>
            <span className="field-hint">
              A call on Friday evening is then due on Monday, not during the weekend.
            </span>
          </span>
        </label>
        {draft.businessHoursOnly && (
          <div className="business-hours">
            <fieldset
              className="weekday-picker"
              aria-describedby={error('workdays') ? 'workdays-error' : undefined}
            >
              <legend className="label">Workdays</legend>
              <div className="weekday-options">
                {WEEKDAYS.map(({ day, short, long }) => (
                  <label key={day} className="weekday" title={long}>
                    <input
                      type="checkbox"
                      checked={draft.workdays.includes(day)}
                      onChange={() => toggleDay(day)}
                    />
                    <span aria-hidden="true">{short}</span>
                    <span className="visually-hidden">{long}</span>
                  </label>
                ))}
              </div>
              {error('workdays') && (
                <p className="field-error" id="workdays-error">
                  {error('workdays')}
                </p>
              )}
            </fieldset>
            <div className="form-row">
              <Field label="Opens at" error={error('dayStart')}>
                <input
                  type="time"
                  value={draft.dayStart}
                  onChange={(event) => setDraft((current) => ({ ...current, dayStart: event.target.value }))}
                />
              </Field>
              <Field label="Closes at" error={error('dayEnd')}>
                <input
                  type="time"
                  value={draft.dayEnd}
                  onChange={(event) => setDraft((current) => ({ ...current, dayEnd: event.target.value }))}
                />
              </Field>
            </div>
          </div>
        )}
        <p className="policy-summary">
          <Clock size={16} aria-hidden="true" />
          <span>
            {Number.isFinite(hours) && hours > 0
              ? describePolicy(parsed, timeZone)
              : 'Enter how many hours a callback may take.'}{' '}
            Callbacks already open keep the due time they were given.
          </span>
        </p>
      </fieldset>
      {canEdit && (
        <SaveBar
          dirty={dirty}
          pending={save.isPending}
          onReset={() => {
            setDraft(toDraft(policy));
            setHoursError(undefined);
            save.reset();
          }}
        />
      )}
    </form>
  );
}

/** A number of hours with its unit beside it; Field's id and aria wiring reach the input. */
function HoursInput({
  value,
  onChange,
  ...aria
}: {
  value: string;
  onChange: (value: string) => void;
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  return (
    <div className="input-suffix">
      <input
        {...aria}
        type="number"
        inputMode="decimal"
        min={0.25}
        max={720}
        step={0.25}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <span aria-hidden="true">hours</span>
    </div>
  );
}
