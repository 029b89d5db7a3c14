import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ShieldCheck } from 'lucide-react';
import { type FormEvent, useEffect, useState } from 'react';
import { parseMajor } from '../../../../core/money/parse-major.ts';
import { formatBasisPoints } from '../../../../core/money/percent-of.ts';
import { policyApi } from '../../api/saves.ts';
import type { SavePolicy } from '../../api/saves-types.ts';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { SaveBar } from '../settings/save-bar.tsx';
import { saveKeys } from './save-keys.ts';
import { SuffixInput } from './suffix-input.tsx';

const COUNTS = [
  'holidayDefaultPeriods',
  'holidayMaxPeriods',
  'reductionMinPeriods',
  'reductionMaxPeriods',
  'pauseMaxPeriods',
  'cooldownPeriods',
] as const;
type CountField = (typeof COUNTS)[number];
type Draft = Record<CountField, string> & {
  percent: string;
  staffMayGrant: boolean;
  allowStacking: boolean;
  deferredOnEarlyCancel: SavePolicy['deferredOnEarlyCancel'];
};

const toDraft = (policy: SavePolicy): Draft => ({
  holidayDefaultPeriods: String(policy.holidayDefaultPeriods),
  holidayMaxPeriods: String(policy.holidayMaxPeriods),
  reductionMinPeriods: String(policy.reductionMinPeriods),
  reductionMaxPeriods: String(policy.reductionMaxPeriods),
  pauseMaxPeriods: String(policy.pauseMaxPeriods),
  cooldownPeriods: String(policy.cooldownPeriods),
  percent: formatBasisPoints(policy.reductionMaxBasisPoints).replace('%', ''),
  staffMayGrant: policy.staffMayGrant,
  allowStacking: policy.allowStacking,
  deferredOnEarlyCancel: policy.deferredOnEarlyCancel,
});

/** The draft as a policy, or the problems typing left in it. */
function parse(draft: Draft): { policy: SavePolicy } | { problems: Partial<Record<string, string>> } {
  const problems: Partial<Record<string, string>> = {};
  const counts = {} as Record<CountField, number>;
  for (const field of COUNTS) {
    if (/^\d{1,2}$/.test(draft[field].trim())) counts[field] = Number(draft[field]);
    else problems[field] = 'A whole number of periods';
  }
  const percent = parseMajor(draft.percent.replace('%', ''), { exponent: 2 });
  if (!percent.ok) problems.reductionMaxBasisPoints = 'A percentage such as 50';
  if (Object.keys(problems).length > 0 || !percent.ok) return { problems };
  return {
    policy: {
      ...counts,
      reductionMaxBasisPoints: percent.amountMinor,
      staffMayGrant: draft.staffMayGrant,
      allowStacking: draft.allowStacking,
      deferredOnEarlyCancel: draft.deferredOnEarlyCancel,
    },
  };
}

/** The policy in one sentence, as staff will meet it on the call. */
function describe(policy: SavePolicy): string {
  const n = (count: number) => `${count} period${count === 1 ? '' : 's'}`;
  const who = policy.staffMayGrant ? 'Staff may offer' : 'Only you may grant';
  return `${who} a payment holiday of up to ${n(policy.holidayMaxPeriods)} (${n(policy.holidayDefaultPeriods)} offered first), a reduction of up to ${formatBasisPoints(policy.reductionMaxBasisPoints)} for ${policy.reductionMinPeriods}–${n(policy.reductionMaxPeriods)}, or a pause of up to ${n(policy.pauseMaxPeriods)}. Anything beyond is yours to grant, with a reason.`;
}

/**
 * How far the save desk may go without the owner (DESIGN.md, capability C): lengths in
 * billing periods of each agreement (a month for a monthly plan), the reduction in percent.
 */
export function SavePolicyForm({ policy, canEdit }: { policy: SavePolicy; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [draft, setDraft] = useState(() => toDraft(policy));
  const [problems, setProblems] = useState<Partial<Record<string, string>>>({});
  useEffect(() => setDraft(toDraft(policy)), [policy]);
  const save = useMutation({
    mutationFn: (next: SavePolicy) => policyApi.update({ saves: next }),
    onSuccess: (result) => {
      queryClient.setQueryData(saveKeys.policy, result);
      toast('Save policy saved');
    },
  });
  const parsed = parse(draft);
  const dirty = JSON.stringify(draft) !== JSON.stringify(toDraft(policy));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if ('problems' in parsed) {
      setProblems(parsed.problems);
      return;
    }
    setProblems({});
    save.mutate(parsed.policy);
  };
  const error = (field: string) => problems[field] ?? fieldError(save.error, `saves.${field}`);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const count = (field: CountField, label: string, hint?: string) => (
    <Field label={label} error={error(field)} hint={hint}>
      <SuffixInput value={draft[field]} onChange={(value) => set(field, value)} suffix="periods" />
    </Field>
  );

  return (
    <form className="card" onSubmit={submit} aria-labelledby="save-policy-heading" noValidate>
      <header className="card-header">
        <div>
          <h2 id="save-policy-heading">Save policy</h2>
          <p className="card-subtitle">
            How far the save desk may go when a client calls to cancel. Staff grant within it; only you go
            beyond it, and your reason is kept with the offer.
          </p>
        </div>
      </header>
      <fieldset className="card-body settings-fields" disabled={!canEdit}>
        <ErrorBanner error={save.error} fields={['saves']} />
        <fieldset className="policy-group">
          <legend>Payment holiday</legend>
          <p className="field-hint">
            No billing for a while; the client pays the same number of periods at the end.
          </p>
          <div className="form-row form-row-top">
            {count('holidayDefaultPeriods', 'Offered first')}
            {count('holidayMaxPeriods', 'At most')}
          </div>
        </fieldset>
        <fieldset className="policy-group">
          <legend>Temporary reduction</legend>
          <p className="field-hint">
            A share off for a few periods; then billing returns to normal by itself.
          </p>
          <div className="form-row form-row-top">
            <Field label="At most" error={error('reductionMaxBasisPoints')}>
              <SuffixInput
                value={draft.percent}
                onChange={(value) => set('percent', value)}
                suffix="% off"
                inputMode="decimal"
              />
            </Field>
            {count('reductionMinPeriods', 'For at least')}
            {count('reductionMaxPeriods', 'For at most')}
          </div>
        </fieldset>
        <fieldset className="policy-group">
          <legend>Pause and timing</legend>
          <div className="form-row form-row-top">
            {count('pauseMaxPeriods', 'Pause at most')}
            {count('cooldownPeriods', 'Between two offers', '0 for none.')}
          </div>
        </fieldset>
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={draft.staffMayGrant}
            checked={draft.staffMayGrant}
            onChange={(event) => set('staffMayGrant', event.target.checked)}
          />
          <span className="switch-track" aria-hidden="true" />
          <span>
            <span className="switch-label">Staff may grant offers within the policy</span>
            <span className="field-hint">Off: every offer waits for you.</span>
          </span>
        </label>
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={draft.allowStacking}
            checked={draft.allowStacking}
            onChange={(event) => set('allowStacking', event.target.checked)}
          />
          <span className="switch-track" aria-hidden="true" />
          <span>
            <span className="switch-label">Allow stacking</span>
            <span className="field-hint">
              A reduction on periods a holiday or another reduction already covers.
            </span>
          </span>
        </label>
        <fieldset className="role-picker">
          <legend className="label">A client who leaves before paying a holiday back</legend>
          {(
            [
              ['bill', 'Bill what is left', 'One invoice for the skipped periods not yet paid back.'],
              ['waive', 'Waive it', 'The rest is written off; the figures show it as waived.'],
            ] as const
          ).map(([value, label, text]) => (
            <label key={value} className="role-option">
              <input
                type="radio"
                name="deferred-on-cancel"
                checked={draft.deferredOnEarlyCancel === value}
                onChange={() => set('deferredOnEarlyCancel', value)}
              />
              <span>
                <span className="role-option-label">{label}</span>
                <span className="role-option-text">{text}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <p className="policy-summary">
          <ShieldCheck size={16} aria-hidden="true" />
          <span>
            {'policy' in parsed ? describe(parsed.policy) : 'Fill in every limit to see the policy in words.'}
          </span>
        </p>
      </fieldset>
      {canEdit && (
        <SaveBar
          dirty={dirty}
          pending={save.isPending}
          onReset={() => {
            setDraft(toDraft(policy));
            setProblems({});
            save.reset();
          }}
        />
      )}
    </form>
  );
}
