import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type PlanInput, plansApi } from '../../api/billing.ts';
import type { BillingInterval } from '../../api/billing-types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { parseMoney } from '../../lib/format.ts';
import { useSession } from '../auth/session.tsx';
import { billingKeys } from './billing-keys.ts';
import { INTERVAL_OPTIONS } from './labels.ts';
import { MoneyInput } from './money-input.tsx';

/** A new line on the price list (owner): a name, a price per period and how often it bills. */
export function NewPlanDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog
      title="Add a plan"
      description="Agreements copy the plan’s price, so a later change never rewrites a client’s invoices."
      open={open}
      onClose={onClose}
    >
      <PlanForm onDone={onClose} />
    </Dialog>
  );
}

function PlanForm({ onDone }: { onDone: () => void }) {
  const { currency } = useSession().workspace;
  const queryClient = useQueryClient();
  const toast = useToast();
  const [name, setName] = useState('');
  const [price, setPrice] = useState('');
  const [interval, setInterval] = useState<BillingInterval>('month');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: (input: PlanInput) => plansApi.create(input),
    onSuccess: async (plan) => {
      toast(`Plan “${plan.name}” added`);
      onDone();
      await queryClient.invalidateQueries({ queryKey: billingKeys.plans });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseMoney(price, currency);
    const found: Record<string, string> = {};
    if (!name.trim()) found.name = 'Give the plan a name clients will recognise';
    if (!parsed.ok) found.priceMinor = parsed.message;
    else if (parsed.amountMinor < 0) found.priceMinor = 'A price cannot be negative';
    setProblems(found);
    if (Object.keys(found).length > 0 || !parsed.ok) return;
    create.mutate({ name: name.trim(), priceMinor: parsed.amountMinor, interval });
  };
  const error = (field: string) => problems[field] ?? fieldError(create.error, field);
  return (
    <form className="form-stack" onSubmit={submit} noValidate>
      <ErrorBanner error={create.error} fields={['name', 'priceMinor', 'interval']} />
      <Field label="Name" error={error('name')}>
        <input
          value={name}
          maxLength={120}
          placeholder="Monthly coaching"
          onChange={(event) => setName(event.target.value)}
        />
      </Field>
      <div className="form-row form-row-top">
        <Field label="Price per period" error={error('priceMinor')}>
          <MoneyInput value={price} currency={currency} placeholder="120.00" onChange={setPrice} />
        </Field>
        <Field label="Billed" error={error('interval')}>
          <select value={interval} onChange={(event) => setInterval(event.target.value as BillingInterval)}>
            {INTERVAL_OPTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="form-actions">
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add plan'}
        </button>
      </div>
    </form>
  );
}
