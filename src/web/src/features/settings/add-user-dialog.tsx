import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Eye, EyeOff, Wand2 } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { usersApi } from '../../api/admin.ts';
import { ApiError } from '../../api/client.ts';
import type { Role } from '../../api/types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { settingsKeys } from './query-keys.ts';
import { ROLE_OPTIONS } from './roles.ts';

const EMPTY = { name: '', email: '', role: 'staff' as Role, password: '' };

/** Adds a person with a first password, which the owner passes on to them privately. */
export function AddUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [form, setForm] = useState(EMPTY);
  const [showPassword, setShowPassword] = useState(false);
  const create = useMutation({
    mutationFn: () => usersApi.create(form),
    onSuccess: async (user) => {
      toast(`${user.name} added`);
      close();
      await queryClient.invalidateQueries({ queryKey: settingsKeys.users });
    },
  });
  const close = () => {
    setForm(EMPTY);
    setShowPassword(false);
    create.reset();
    onClose();
  };
  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const error = (field: string) => fieldError(create.error, field);
  // A taken e-mail is a problem with the e-mail field, so it is shown there.
  const emailTaken =
    create.error instanceof ApiError && create.error.code === 'conflict' ? create.error.message : undefined;

  return (
    <Dialog
      title="Add a user"
      description="They can sign in with this e-mail and password as soon as you save."
      open={open}
      onClose={close}
    >
      <form className="form-stack" onSubmit={submit} noValidate>
        {!emailTaken && <ErrorBanner error={create.error} fields={['name', 'email', 'role', 'password']} />}
        <Field label="Name" error={error('name')}>
          <input value={form.name} onChange={set('name')} autoComplete="off" maxLength={120} required />
        </Field>
        <Field label="E-mail" error={error('email') ?? emailTaken}>
          <input type="email" value={form.email} onChange={set('email')} autoComplete="off" required />
        </Field>
        <fieldset className="role-picker">
          <legend className="label">Role</legend>
          {ROLE_OPTIONS.map(([role, info]) => (
            <label key={role} className="role-option">
              <input
                type="radio"
                name="role"
                value={role}
                checked={form.role === role}
                onChange={set('role')}
              />
              <span>
                <span className="role-option-label">{info.label}</span>
                <span className="role-option-text">{info.description}</span>
              </span>
            </label>
          ))}
          {error('role') && <p className="field-error">{error('role')}</p>}
        </fieldset>
        <Field
          label="First password"
          error={error('password')}
          hint="At least 10 characters. Pass it on privately."
        >
          <PasswordInput
            value={form.password}
            visible={showPassword}
            onChange={(password) => setForm((current) => ({ ...current, password }))}
            onToggle={() => setShowPassword((value) => !value)}
            onGenerate={() => {
              setForm((current) => ({ ...current, password: generatePassword() }));
              setShowPassword(true);
            }}
          />
        </Field>
        <div className="form-actions">
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? 'Adding…' : 'Add user'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** A password box with show/hide and a generator; Field's id and aria wiring reach the input. */
function PasswordInput({
  value,
  visible,
  onChange,
  onToggle,
  onGenerate,
  ...aria
}: {
  value: string;
  visible: boolean;
  onChange: (value: string) => void;
  onToggle: () => void;
  onGenerate: () => void;
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  return (
    <div className="input-group">
      <input
        {...aria}
        type={visible ? 'text' : 'password'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="new-password"
        spellCheck={false}
        required
      />
      <button
        type="button"
        className="icon-button"
        onClick={onToggle}
        aria-label={visible ? 'Hide password' : 'Show password'}
      >
        {visible ? <EyeOff size={16} aria-hidden="true" /> : <Eye size={16} aria-hidden="true" />}
      </button>
      <button type="button" className="btn" onClick={onGenerate}>
        <Wand2 size={14} aria-hidden="true" /> Generate
      </button>
    </div>
  );
}

// No 0/O or 1/l/I: the password is read out or copied by hand.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Random characters from ALPHABET; bytes past the last whole alphabet are redrawn, so none is likelier. */
function generatePassword(length = 16): string {
  const limit = 256 - (256 % ALPHABET.length);
  let password = '';
  while (password.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length))) {
      if (byte < limit && password.length < length) password += ALPHABET[byte % ALPHABET.length];
    }
  }
  return password;
}
