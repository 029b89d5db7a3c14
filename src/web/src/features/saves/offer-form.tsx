import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Eye, ShieldAlert, ShieldCheck } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { periodStart } from '../../../../core/billing/periods.ts';
import { parseMajor } from '../../../../core/money/parse-major.ts';
import { formatBasisPoints } from '../../../../core/money/percent-of.ts';
import type { Agreement, Plan } from '../../api/billing-types.ts';
import { ApiError } from '../../api/client.ts';
import { savesApi } from '../../api/saves.ts';
import type { OfferInput, OfferKind, ProposedOffer, SavePolicy } from '../../api/saves-types.ts';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { formatCalendarDate, formatMoney } from '../../lib/format.ts';
import { PER_INTERVAL } from '../billing/labels.ts';
import { calendarOf, periodsLabel } from '../client/agreement-labels.ts';
import { FIELD_OF, type FieldName, isOverridable, policyLimits } from './offer-policy.ts';
import { saveKeys } from './save-keys.ts';
import type { StartOption } from './start-options.ts';
import { SuffixInput } from './suffix-input.tsx';

interface OfferFormProps {
  caseId: string;
  kind: OfferKind;
  policy: SavePolicy;
  agreement: Agreement;
  starts: { options: StartOption[]; initial: number | null };
  plans: Plan[];
  isOwner: boolean;
  onProposed: (proposed: ProposedOffer) => void;
}

/**
 * One offer, prefilled within the owner's policy with the limits beside it. "Preview" puts
 * it on the table: the server checks it against the policy (a 422 names the limit; the
 * owner may go beyond it with a reason) and returns the next 12 invoices without and with it.
 */
export function OfferForm({
  caseId,
  kind,
  policy,
  agreement,
  starts,
  plans,
  isOwner,
  onProposed,
}: OfferFormProps) {
  const queryClient = useQueryClient();
  const noun = periodsLabel(1, agreement.interval).replace(/^1 /, '');
  const [fromPeriod, setFromPeriod] = useState<number | null>(starts.initial);
  const [holidayPeriods, setHolidayPeriods] = useState(String(policy.holidayDefaultPeriods));
  const [percent, setPercent] = useState(formatBasisPoints(policy.reductionMaxBasisPoints).replace('%', ''));
  const [reductionPeriods, setReductionPeriods] = useState(String(policy.reductionMinPeriods));
  const cheaper = plans.filter(
    (plan) =>
      !plan.archivedAt && plan.interval === agreement.interval && plan.priceMinor < agreement.priceMinor,
  );
  const [planId, setPlanId] = useState(cheaper[0]?.id ?? '');
  const from = fromPeriod ?? starts.initial ?? 0;
  const calendar = calendarOf(agreement);
  const defaultResume = periodStart(calendar, from + policy.pauseMaxPeriods);
  const [resumesOn, setResumesOn] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [local, setLocal] = useState<Partial<Record<FieldName, string>>>({});

  const propose = useMutation({
    mutationFn: (input: OfferInput) => savesApi.propose(caseId, input),
    onSuccess: async (proposed) => {
      queryClient.setQueryData(saveKeys.preview(caseId, proposed.offer.id), proposed.preview);
      setOverrideReason('');
      onProposed(proposed);
      await queryClient.invalidateQueries({ queryKey: saveKeys.case(caseId) });
    },
  });

  const count = (text: string): number | null => (/^\d{1,3}$/.test(text.trim()) ? Number(text) : null);
  const build = (): OfferInput | Partial<Record<FieldName, string>> => {
    const base = { fromPeriod: from, overrideReason: overrideReason.trim() || undefined };
    switch (kind) {
      case 'holiday': {
        const periods = count(holidayPeriods);
        if (!periods)
          return { periods: `A whole number of ${noun}s, such as ${policy.holidayDefaultPeriods}` };
        return { kind, periods, ...base };
      }
      case 'reduction': {
        const parsed = parseMajor(percent.replace('%', ''), { exponent: 2 });
        const periods = count(reductionPeriods);
        const problems: Partial<Record<FieldName, string>> = {};
        if (!parsed.ok || parsed.amountMinor <= 0 || parsed.amountMinor > 10_000) {
          problems.percent = 'A percentage above 0 and up to 100, such as 50';
        }
        if (!periods) problems.periods = `A whole number of ${noun}s, such as ${policy.reductionMinPeriods}`;
        if (!parsed.ok || !periods || problems.percent) return problems;
        return { kind, periods, basisPoints: parsed.amountMinor, ...base };
      }
      case 'downgrade':
        if (!planId) return { plan: 'Choose the plan to move to' };
        return { kind, planId, ...base };
      case 'pause':
        return { kind, resumesOn: resumesOn || defaultResume, ...base };
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = build();
    if (!('kind' in input)) {
      setLocal(input);
      propose.reset();
      return;
    }
    setLocal({});
    propose.mutate(input as OfferInput);
  };

  const serverErrors: Partial<Record<FieldName, string>> = {};
  if (propose.error instanceof ApiError) {
    for (const detail of propose.error.details) {
      const field = FIELD_OF[detail.path];
      if (field && !serverErrors[field]) serverErrors[field] = detail.message;
    }
  }
  const error = (field: FieldName) => local[field] ?? serverErrors[field];
  const refusal = propose.error instanceof ApiError && propose.error.status === 422 ? propose.error : null;
  const canOverride = isOwner && isOverridable(propose.error);
  const limits = policyLimits(kind, policy, noun);

  return (
    <form className="offer-form" onSubmit={submit} noValidate aria-label={`Offer: ${kind}`}>
      <div className="offer-form-grid">
        <div className="form-stack">
          <Field
            label="Starting with the invoice of"
            error={error('start')}
            hint={starts.options.length === 0 ? 'Nothing left to bill on this agreement.' : undefined}
          >
            <select
              value={from}
              onChange={(event) => setFromPeriod(Number(event.target.value))}
              disabled={starts.options.length === 0}
            >
              {starts.options.map((option) => (
                <option key={option.period} value={option.period}>
                  {option.label}
                </option>
              ))}
            </select>
          </Field>
          {kind === 'holiday' && (
            <Field
              label="No billing for"
              error={error('periods')}
              hint={`Paid back by as many ${noun}s at the end of the agreement.`}
            >
              <SuffixInput value={holidayPeriods} onChange={setHolidayPeriods} suffix={`${noun}s`} />
            </Field>
          )}
          {kind === 'reduction' && (
            <div className="form-row form-row-top">
              <Field label="Reduction" error={error('percent')}>
                <SuffixInput value={percent} onChange={setPercent} suffix="% off" inputMode="decimal" />
              </Field>
              <Field label="For" error={error('periods')}>
                <SuffixInput value={reductionPeriods} onChange={setReductionPeriods} suffix={`${noun}s`} />
              </Field>
            </div>
          )}
          {kind === 'downgrade' && (
            <Field
              label="Move to the plan"
              error={error('plan')}
              hint={
                cheaper.length === 0
                  ? `No cheaper plan billed ${PER_INTERVAL[agreement.interval].replace('/ ', 'by the ')} is on the price list.`
                  : `Today: ${formatMoney(agreement.priceMinor, agreement.currency)} ${PER_INTERVAL[agreement.interval]}.`
              }
            >
              <select
                value={planId}
                onChange={(event) => setPlanId(event.target.value)}
                disabled={cheaper.length === 0}
              >
                {cheaper.map((plan) => (
                  <option key={plan.id} value={plan.id}>
                    {plan.name} — {formatMoney(plan.priceMinor, plan.currency)} {PER_INTERVAL[plan.interval]}
                  </option>
                ))}
              </select>
            </Field>
          )}
          {kind === 'pause' && (
            <Field
              label="Service and billing resume on"
              error={error('resumesOn')}
              hint="With the first period that starts on or after this date."
            >
              <input
                type="date"
                value={resumesOn || defaultResume}
                min={periodStart(calendar, from + 1)}
                onChange={(event) => setResumesOn(event.target.value)}
              />
            </Field>
          )}
        </div>
        <aside className="policy-limits" aria-label="Your save policy">
          <p className="policy-limits-title">
            <ShieldCheck size={15} aria-hidden="true" /> Within your policy
          </p>
          <ul>
            {limits.map((limit) => (
              <li key={limit}>{limit}</li>
            ))}
          </ul>
          {!policy.staffMayGrant && <p className="muted">Every offer is the owner’s to grant.</p>}
        </aside>
      </div>
      {refusal ? (
        <div className="banner banner-error refusal" role="alert">
          <ShieldAlert size={18} aria-hidden="true" />
          <p>{refusal.message}</p>
        </div>
      ) : (
        <ErrorBanner error={propose.error} fields={Object.keys(FIELD_OF)} />
      )}
      {canOverride && (
        <div className="override">
          <Field
            label="Override with a reason"
            hint="Only you, the owner, may go beyond the policy. The reason is kept with the offer."
          >
            <textarea
              rows={2}
              value={overrideReason}
              maxLength={1000}
              placeholder="Why this client gets more than the policy allows"
              onChange={(event) => setOverrideReason(event.target.value)}
            />
          </Field>
        </div>
      )}
      <div className="offer-form-actions">
        <button
          type="submit"
          className="btn btn-primary"
          disabled={
            propose.isPending || starts.options.length === 0 || (kind === 'downgrade' && cheaper.length === 0)
          }
        >
          <Eye size={15} aria-hidden="true" />
          {propose.isPending
            ? 'Previewing…'
            : canOverride && overrideReason.trim()
              ? 'Preview beyond the policy'
              : 'Preview the next 12 invoices'}
        </button>
        {fromPeriod !== null && starts.options.length > 0 && (
          <span className="muted">
            From {formatCalendarDate(periodStart(calendar, from))}. Nothing changes until the client accepts.
          </span>
        )}
      </div>
    </form>
  );
}
