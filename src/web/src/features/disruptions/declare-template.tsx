import { useRef } from 'react';
import {
  findUnknownMergeFields,
  MERGE_FIELDS,
  type MergeField,
  renderTemplate,
} from '../../../../core/disruptions/merge-fields.ts';
import { mergeValuesFor } from '../../../../core/disruptions/outreach.ts';
import { Field } from '../../components/field.tsx';

/** The outreach template, named as the API names it. */
export interface OutreachTemplate {
  outreachSubject: string;
  outreachBody: string;
}

interface TemplateProps {
  value: OutreachTemplate;
  onChange: (value: OutreachTemplate) => void;
  error: (field: keyof OutreachTemplate) => string | undefined;
  /** What the preview fills in. */
  sample: { clientName: string; message: string; promisedOn: string | null; businessName: string };
}

/**
 * The outreach template: subject and body with merge fields, a button per field that puts
 * it where the cursor is, a warning for any field that is not one, and the message as one
 * client will read it.
 */
export function DeclareTemplate({ value, onChange, error, sample }: TemplateProps) {
  const { outreachSubject: subject, outreachBody: body } = value;
  const onSubject = (outreachSubject: string) => onChange({ ...value, outreachSubject });
  const onBody = (outreachBody: string) => onChange({ ...value, outreachBody });
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const unknown = [...new Set([...findUnknownMergeFields(subject), ...findUnknownMergeFields(body)])];
  const insert = (field: MergeField) => {
    const area = bodyRef.current;
    const token = `{{${field}}}`;
    if (!area) return onBody(body + token);
    const start = area.selectionStart ?? body.length;
    const end = area.selectionEnd ?? body.length;
    onBody(body.slice(0, start) + token + body.slice(end));
    requestAnimationFrame(() => {
      area.focus();
      area.setSelectionRange(start + token.length, start + token.length);
    });
  };
  const values = mergeValuesFor(
    { name: sample.clientName, kind: 'person' },
    {
      message: sample.message || '(the client-facing message)',
      promisedOn: sample.promisedOn,
      planLink: `${window.location.origin}/c/…(their private link)`,
      businessName: sample.businessName,
    },
  );
  return (
    <div className="declare-template">
      <Field label="Subject" error={error('outreachSubject')}>
        <input value={subject} maxLength={200} onChange={(event) => onSubject(event.target.value)} />
      </Field>
      <Field
        label="Message"
        error={error('outreachBody')}
        hint="Plain text. The merge fields below are filled in per client."
      >
        <textarea ref={bodyRef} rows={12} value={body} onChange={(event) => onBody(event.target.value)} />
      </Field>
      <fieldset className="merge-fields">
        <legend>Insert a merge field:</legend>
        {(Object.entries(MERGE_FIELDS) as [MergeField, string][]).map(([field, meaning]) => (
          <button
            key={field}
            type="button"
            className="merge-field"
            title={meaning}
            onClick={() => insert(field)}
          >
            {`{{${field}}}`}
          </button>
        ))}
      </fieldset>
      {unknown.length > 0 ? (
        <p className="banner banner-error" role="alert">
          Not merge fields: {unknown.map((name) => `{{${name}}}`).join(', ')}. Use one of the buttons above.
        </p>
      ) : (
        <section className="template-preview" aria-label={`Preview for ${sample.clientName}`}>
          <p className="template-preview-label">Preview for {sample.clientName}</p>
          <p className="template-preview-subject">{renderTemplate(subject, values)}</p>
          <pre className="template-preview-body">{renderTemplate(body, values)}</pre>
        </section>
      )}
    </div>
  );
}
