import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CheckCircle2 } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { checkReport, type ReportPart } from '../../../../core/disruptions/report-rules.ts';
import { ApiError } from '../../api/client.ts';
import { oversightApi, oversightKeys } from '../../api/disruption-oversight.ts';
import type { Report } from '../../api/disruption-oversight-types.ts';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';

const PARTS: { key: ReportPart; label: string; placeholder: string; rows: number }[] = [
  {
    key: 'whatWasDone',
    label: 'What was done',
    placeholder: 'Called Maria at 10:15 about the delayed March report',
    rows: 3,
  },
  {
    key: 'outcome',
    label: 'Outcome',
    placeholder: 'She is fine with a short delay if she sees a draft first',
    rows: 2,
  },
  { key: 'nextStep', label: 'Next step', placeholder: 'Send her the draft by Friday', rows: 2 },
];

type Values = Record<ReportPart | 'issues', string>;
/** A reason shown under a part: a rule's message, or the server's "Required". */
type Reason = { path: string; message: string };

interface ReportFormProps {
  disruptionId: string;
  clientId: string;
  clientName: string;
  /** A report sent back: the new one replaces it and starts from its text. */
  replaces?: Report;
  onDone: () => void;
}

/**
 * A stand-in's report on one client. The vague-report rules run as they type (shown once a
 * part has been left), and the server's refusal, if any, appears beside the same parts.
 */
export function ReportForm({ disruptionId, clientId, clientName, replaces, onDone }: ReportFormProps) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [values, setValues] = useState<Values>({
    whatWasDone: replaces?.whatWasDone ?? '',
    outcome: replaces?.outcome ?? '',
    nextStep: replaces?.nextStep ?? '',
    issues: replaces?.issues ?? '',
  });
  const [edited, setEdited] = useState<Set<ReportPart>>(new Set());
  const [refusals, setRefusals] = useState<Reason[]>([]);
  const check = checkReport(values);
  const local = check.ok ? [] : check.reasons;

  const send = useMutation({
    mutationFn: () =>
      oversightApi.file(disruptionId, clientId, {
        ...values,
        issues: values.issues.trim() || null,
        ...(replaces ? { replacesReportId: replaces.id } : {}),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: oversightKeys.all(disruptionId) });
      toast(`Report on ${clientName} sent to the owner`);
      onDone();
    },
    onError: (error) => {
      if (error instanceof ApiError && (error.code === 'rule_refused' || error.code === 'invalid_input')) {
        setRefusals(error.details.filter((detail) => PARTS.some((part) => part.key === detail.path)));
      }
    },
  });

  const refusedFor = (part: ReportPart) => refusals.filter((reason) => reason.path === part);
  // While typing, the rules show as hints (no layout jump on blur, under the pointer on its
  // way to the button); a refusal from the server shows as an error.
  const hintsFor = (part: ReportPart) =>
    edited.has(part) ? local.filter((reason) => reason.path === part) : [];
  const change = (key: keyof Values, value: string) => {
    setValues((current) => ({ ...current, [key]: value }));
    if (key !== 'issues') setEdited((current) => (current.has(key) ? current : new Set(current).add(key)));
    setRefusals((current) => current.filter((reason) => reason.path !== key));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate();
  };
  const refused = send.error instanceof ApiError && send.error.code === 'rule_refused';

  return (
    <form
      className="report-form form-stack"
      onSubmit={submit}
      noValidate
      aria-label={`Report on ${clientName}`}
    >
      <p className="muted report-form-intro">
        Say who you reached, what happened and what comes next. “Everything’s fine” is not a report.
      </p>
      {replaces?.reviewComment && (
        <div className="banner banner-warning">
          <p>
            <strong>Sent back:</strong> {replaces.reviewComment}
          </p>
        </div>
      )}
      {refused ? (
        <div className="banner banner-error" role="alert">
          <p>Not accepted: the report is too vague. The reasons are shown beside each part.</p>
        </div>
      ) : (
        <ErrorBanner error={send.error} fields={['whatWasDone', 'outcome', 'nextStep', 'issues']} />
      )}
      {PARTS.map((part) => {
        const fromServer = refusedFor(part.key);
        const hints = hintsFor(part.key);
        return (
          <Field
            key={part.key}
            label={part.label}
            error={fromServer.length > 0 ? fromServer.map((reason) => reason.message).join(' ') : undefined}
            hint={
              hints.length > 0 ? (
                <span className="report-hint">{hints.map((reason) => reason.message).join(' ')}</span>
              ) : undefined
            }
          >
            <textarea
              rows={part.rows}
              maxLength={4000}
              value={values[part.key]}
              placeholder={part.placeholder}
              onChange={(event) => change(part.key, event.target.value)}
            />
          </Field>
        );
      })}
      <Field
        label="Issues"
        optional
        hint="Anything the owner should know: a complaint, a risk, a money question."
      >
        <textarea
          rows={2}
          maxLength={4000}
          value={values.issues}
          onChange={(event) => change('issues', event.target.value)}
        />
      </Field>
      <div className="form-actions report-form-actions">
        {check.ok && (
          <span className="report-ready">
            <CheckCircle2 size={16} aria-hidden="true" /> Concrete enough to send
          </span>
        )}
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={send.isPending}>
          {send.isPending ? 'Sending…' : replaces ? 'Send again' : 'Send report'}
        </button>
      </div>
    </form>
  );
}
