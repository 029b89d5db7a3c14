import type { ChangeEvent } from 'react';
import { Field } from '../../components/field.tsx';

/** What a disruption says: a title for the team, the words clients read, and what stays private. */
export interface DisruptionTexts {
  title: string;
  clientMessage: string;
  privateDetail: string;
}

/** The three texts of a disruption, as both declaring and editing one ask for them. */
export function DisruptionTextFields({
  value,
  onChange,
  error,
}: {
  value: DisruptionTexts;
  onChange: (value: DisruptionTexts) => void;
  error: (field: keyof DisruptionTexts) => string | undefined;
}) {
  const set = (key: keyof DisruptionTexts) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    onChange({ ...value, [key]: event.target.value });
  return (
    <>
      <Field label="Title" hint="For the team, e.g. “Olive is in hospital”." error={error('title')}>
        <input value={value.title} maxLength={200} onChange={set('title')} />
      </Field>
      <Field
        label="What clients are told"
        hint="Honest, not intimate: what is going on and what it means for them."
        error={error('clientMessage')}
      >
        <textarea rows={3} value={value.clientMessage} maxLength={4000} onChange={set('clientMessage')} />
      </Field>
      <Field
        label="Private detail — never shown to clients"
        optional
        hint="For the team and stand-ins only."
        error={error('privateDetail')}
        className="field-private"
      >
        <textarea rows={2} value={value.privateDetail} maxLength={10_000} onChange={set('privateDetail')} />
      </Field>
    </>
  );
}
