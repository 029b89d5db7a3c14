import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { thanksApi } from '../../api/disruption-thanks.ts';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { todayIn } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';
import { ChoiceFields, choiceOf, emptyDraft } from './thanks-choice-fields.tsx';

/**
 * "Thank them when it's over": the day it ended, a closing word for the clients' pages,
 * and the thank-you everyone starts with (changed per client afterwards).
 */
export function ResolveDialog({
  disruptionId,
  currency,
  open,
  onClose,
}: {
  disruptionId: string;
  currency: string;
  open: boolean;
  onClose: () => void;
}) {
  const zone = useTimeZone();
  const [resolvedOn, setResolvedOn] = useState(() => todayIn(zone));
  const [note, setNote] = useState('');
  const [draft, setDraft] = useState(() => emptyDraft());
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const queryClient = useQueryClient();
  const toast = useToast();
  const resolve = useMutation({
    mutationFn: () => {
      const choice = choiceOf(draft, currency);
      if (!choice.ok) throw new Error(choice.message);
      return thanksApi.resolve(disruptionId, { resolvedOn, note, thankYou: choice.choice });
    },
    onSuccess: async (result) => {
      toast(`Resolved: ${result.thankYous.created.toLocaleString()} thank-yous to give`);
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['disruptions'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const choice = choiceOf(draft, currency);
    setErrors(choice.ok ? {} : { [choice.field]: choice.message });
    if (choice.ok) resolve.mutate();
  };
  return (
    <Dialog
      title="Resolve the disruption"
      open={open}
      onClose={onClose}
      description="Stand-ins lose the access it gave them, and every affected client gets a thank-you to give."
    >
      <form className="form-stack" onSubmit={submit} noValidate>
        <Field label="Back to normal on" error={fieldError(resolve.error, 'resolvedOn')}>
          <input
            type="date"
            required
            value={resolvedOn}
            max={todayIn(zone)}
            onChange={(e) => setResolvedOn(e.target.value)}
          />
        </Field>
        <Field
          label="A closing word to clients"
          optional
          hint="Shown on every client’s private page. Nothing internal."
          error={fieldError(resolve.error, 'note')}
        >
          <textarea rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <ChoiceFields draft={draft} onChange={setDraft} currency={currency} errors={errors} />
        <ErrorBanner error={resolve.error} fields={['resolvedOn', 'note']} />
        <div className="form-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={resolve.isPending}>
            {resolve.isPending ? 'Resolving…' : 'Resolve'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
