import { useState } from 'react';
import { parseMajor } from '../../../../core/money/parse-major.ts';
import type { ThankYouChoice, ThankYouKind } from '../../api/disruption-thanks-types.ts';
import { Field } from '../../components/field.tsx';
import { parseMoney } from '../../lib/format.ts';
import { MoneyInput } from '../billing/money-input.tsx';
import { KIND_LABELS, KINDS } from './thanks-labels.ts';

export interface ChoiceDraft {
  kind: ThankYouKind;
  amount: string;
  percent: string;
  periods: string;
  description: string;
}

export const emptyDraft = (kind: ThankYouKind = 'handwritten_note'): ChoiceDraft => ({
  kind,
  amount: '',
  percent: '10',
  periods: '1',
  description: '',
});

/** The draft as the API's choice, or the field that is wrong and why. */
export function choiceOf(
  draft: ChoiceDraft,
  currency: string,
): { ok: true; choice: ThankYouChoice } | { ok: false; field: string; message: string } {
  switch (draft.kind) {
    case 'service_credit': {
      const parsed = parseMoney(draft.amount, currency);
      if (!parsed.ok) return { ok: false, field: 'amount', message: parsed.message };
      if (parsed.amountMinor <= 0) return { ok: false, field: 'amount', message: 'More than zero' };
      return { ok: true, choice: { kind: 'service_credit', terms: { amountMinor: parsed.amountMinor } } };
    }
    case 'discount': {
      // Percent with up to two decimals is basis points, by the same integer parsing as money.
      const percent = parseMajor(draft.percent.trim().replace(/\s*%$/, ''), { exponent: 2 });
      if (!percent.ok || percent.amountMinor < 1 || percent.amountMinor > 10_000) {
        return { ok: false, field: 'percent', message: 'From 0.01 to 100' };
      }
      const periods = Number(draft.periods);
      if (!Number.isInteger(periods) || periods < 1 || periods > 12) {
        return { ok: false, field: 'periods', message: 'From 1 to 12 invoices' };
      }
      return { ok: true, choice: { kind: 'discount', terms: { basisPoints: percent.amountMinor, periods } } };
    }
    case 'gift':
      if (!draft.description.trim())
        return { ok: false, field: 'description', message: 'Say what the gift is' };
      return { ok: true, choice: { kind: 'gift', terms: { description: draft.description.trim() } } };
    default:
      return { ok: true, choice: { kind: draft.kind, terms: {} } };
  }
}

/** Kind, then the kind's own terms. */
export function ChoiceFields({
  draft,
  onChange,
  currency,
  errors,
}: {
  draft: ChoiceDraft;
  onChange: (draft: ChoiceDraft) => void;
  currency: string;
  errors: Record<string, string | undefined>;
}) {
  const set = (patch: Partial<ChoiceDraft>) => onChange({ ...draft, ...patch });
  return (
    <>
      <Field label="Thank-you" hint={hintFor(draft.kind)}>
        <select value={draft.kind} onChange={(e) => set({ kind: e.target.value as ThankYouKind })}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </Field>
      {draft.kind === 'service_credit' && (
        <Field label="Amount" error={errors.amount}>
          <MoneyInput value={draft.amount} onChange={(amount) => set({ amount })} currency={currency} />
        </Field>
      )}
      {draft.kind === 'discount' && (
        <div className="form-row">
          <Field label="Percent off" error={errors.percent}>
            <input
              inputMode="decimal"
              value={draft.percent}
              onChange={(e) => set({ percent: e.target.value })}
            />
          </Field>
          <Field label="For how many invoices" error={errors.periods}>
            <input
              type="number"
              min={1}
              max={12}
              value={draft.periods}
              onChange={(e) => set({ periods: e.target.value })}
            />
          </Field>
        </div>
      )}
      {draft.kind === 'gift' && (
        <Field label="What gift" error={errors.description}>
          <input
            maxLength={200}
            value={draft.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        </Field>
      )}
    </>
  );
}

function hintFor(kind: ThankYouKind): string {
  if (kind === 'free_month') return 'A credit of the next period’s price, on their next invoice.';
  if (kind === 'service_credit') return 'Taken off their next invoices until spent.';
  if (kind === 'discount') return 'A reduction on their next invoices.';
  return 'Given by hand; marking it done logs it on their timeline.';
}

export function useDraft(kind?: ThankYouKind) {
  return useState<ChoiceDraft>(() => emptyDraft(kind));
}
