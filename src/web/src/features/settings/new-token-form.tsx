import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { type CreatedToken, tokensApi } from '../../api/admin.ts';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { settingsKeys } from './query-keys.ts';

const EXPIRY: [days: string, label: string][] = [
  ['', 'Never'],
  ['30', 'In 30 days'],
  ['90', 'In 90 days'],
  ['365', 'In a year'],
];

/** Names a token after what will use it, so the list says what breaks when it is revoked. */
export function NewTokenForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const create = useMutation({
    mutationFn: () => tokensApi.create({ name, expiresInDays: days ? Number(days) : undefined }),
    onSuccess: async (token) => {
      setName('');
      onCreated(token);
      await queryClient.invalidateQueries({ queryKey: settingsKeys.tokens });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form className="token-form" onSubmit={submit} noValidate>
      <ErrorBanner error={create.error} fields={['name', 'expiresInDays']} />
      <div className="token-form-row">
        <Field
          label="Name"
          error={fieldError(create.error, 'name')}
          hint="What will use it, e.g. “Invoice sync”."
        >
          <input
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={100}
            autoComplete="off"
          />
        </Field>
        <Field label="Expires" error={fieldError(create.error, 'expiresInDays')}>
          <select value={days} onChange={(event) => setDays(event.target.value)}>
            {EXPIRY.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          <Plus size={16} aria-hidden="true" /> {create.isPending ? 'Creating…' : 'Create token'}
        </button>
      </div>
    </form>
  );
}
