import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { thanksApi } from '../../api/disruption-thanks.ts';
import type { ThankYouKind } from '../../api/disruption-thanks-types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { ChoiceFields, choiceOf, emptyDraft } from './thanks-choice-fields.tsx';

/**
 * Choose a thank-you for one client (`client` given) or for every client whose thank-you
 * is not done yet (bulk).
 */
export function ChooseDialog({
  disruptionId,
  currency,
  client,
  kind,
  onClose,
}: {
  disruptionId: string;
  currency: string;
  client: { id: string; name: string } | 'everyone';
  kind?: ThankYouKind;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState(() => emptyDraft(kind));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const queryClient = useQueryClient();
  const toast = useToast();
  const save = useMutation({
    mutationFn: async () => {
      const parsed = choiceOf(draft, currency);
      if (!parsed.ok) throw new Error(parsed.message);
      const choice = { ...parsed.choice, note: note || undefined };
      if (client === 'everyone') {
        const result = await thanksApi.apply(disruptionId, choice);
        return `${result.changed.toLocaleString()} clients updated${result.skippedDone ? `, ${result.skippedDone.toLocaleString()} already done` : ''}`;
      }
      await thanksApi.choose(disruptionId, client.id, choice);
      return `Thank-you for ${client.name} changed`;
    },
    onSuccess: async (message) => {
      toast(message);
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['disruptions', disruptionId] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = choiceOf(draft, currency);
    setErrors(parsed.ok ? {} : { [parsed.field]: parsed.message });
    if (parsed.ok) save.mutate();
  };
  return (
    <Dialog
      title={client === 'everyone' ? 'Choose for everyone' : `Thank-you for ${client.name}`}
      open
      onClose={onClose}
      description={client === 'everyone' ? 'Replaces every thank-you not done yet.' : undefined}
    >
      <form className="form-stack" onSubmit={submit} noValidate>
        <ChoiceFields draft={draft} onChange={setDraft} currency={currency} errors={errors} />
        <Field label="Note for the team" optional>
          <input maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <ErrorBanner error={save.error} />
        <div className="form-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
