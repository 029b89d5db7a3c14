import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { authApi, type SetupInput } from '../../api/auth.ts';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { AuthLayout } from './auth-layout.tsx';
import { sessionKeys } from './session.tsx';
import { browserTimeZone, guessCurrency, listCurrencies, listTimeZones } from './zones.ts';

export function SetupPage() {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<SetupInput>(() => ({
    workspaceName: '',
    ownerName: '',
    email: '',
    password: '',
    currency: guessCurrency(),
    timezone: browserTimeZone(),
  }));
  const zones = useMemo(listTimeZones, []);
  const currencies = useMemo(listCurrencies, []);
  const setup = useMutation({
    mutationFn: () => authApi.setup(form),
    onSuccess: (me) => {
      queryClient.setQueryData(sessionKeys.me, me);
      queryClient.setQueryData(sessionKeys.status, { setUp: true });
    },
  });
  const set = (key: keyof SetupInput) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setup.mutate();
  };
  const error = (field: string) => fieldError(setup.error, field);

  return (
    <AuthLayout
      title="Set up your workspace"
      intro="A few details and you are in. You will be the owner; you can invite your team afterwards."
    >
      <form className="form-stack" onSubmit={submit} noValidate>
        <ErrorBanner
          error={setup.error}
          fields={['workspaceName', 'ownerName', 'email', 'password', 'currency', 'timezone']}
        />
        <Field label="Business name" error={error('workspaceName')} hint="What your clients know you as.">
          <input
            value={form.workspaceName}
            onChange={set('workspaceName')}
            autoComplete="organization"
            required
          />
        </Field>
        <Field label="Your name" error={error('ownerName')}>
          <input value={form.ownerName} onChange={set('ownerName')} autoComplete="name" required />
        </Field>
        <Field label="E-mail" error={error('email')}>
          <input type="email" value={form.email} onChange={set('email')} autoComplete="email" required />
        </Field>
        <Field label="Password" error={error('password')} hint="At least 10 characters.">
          <input
            type="password"
            value={form.password}
            onChange={set('password')}
            autoComplete="new-password"
            required
          />
        </Field>
        <div className="form-row">
          <Field label="Currency" error={error('currency')}>
            <select value={form.currency} onChange={set('currency')}>
              {currencies.map((code) => (
                <option key={code}>{code}</option>
              ))}
            </select>
          </Field>
          <Field label="Time zone" error={error('timezone')}>
            <select value={form.timezone} onChange={set('timezone')}>
              {zones.map((zone) => (
                <option key={zone}>{zone}</option>
              ))}
            </select>
          </Field>
        </div>
        <button type="submit" className="btn btn-primary btn-block" disabled={setup.isPending}>
          {setup.isPending ? 'Creating your workspace…' : 'Create workspace'}
        </button>
      </form>
    </AuthLayout>
  );
}
