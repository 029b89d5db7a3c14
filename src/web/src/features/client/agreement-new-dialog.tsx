import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { type AgreementInput, agreementsApi, plansApi } from '../../api/billing.ts';
import type { BillingInterval } from '../../api/billing-types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { formatMoney, parseMoney, todayIn } from '../../lib/format.ts';
import { useSession } from '../auth/session.tsx';
import { billingKeys, refreshBilling } from '../billing/billing-keys.ts';
import { INTERVAL_OPTIONS, PER_INTERVAL } from '../billing/labels.ts';
import { MoneyInput } from '../billing/money-input.tsx';
import { termOptions } from './agreement-labels.ts';

const CUSTOM = 'custom';
const FIELDS = ['planId', 'description', 'priceMinor', 'interval', 'startsOn', 'termEnd'];

/** Signs the client to a plan or a custom price, from a start date, for a term or open-ended. */
export function AgreementNewDialog({
  client,
  open,
  onClose,
}: {
  client: { id: string; name: string };
  open: boolean;
  onClose: () => void;
}) {
  return (
    <Dialog
      title="New agreement"
      description={`What ${client.name} will be billed for`}
      open={open}
      onClose={onClose}
    >
      <AgreementForm clientId={client.id} onDone={onClose} />
    </Dialog>
  );
}

function AgreementForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const { user, workspace } = useSession();
  const currency = workspace.currency;
  const queryClient = useQueryClient();
  const toast = useToast();
  const plans = useQuery({
    queryKey: [...billingKeys.plans, { showArchived: false }],
    queryFn: () => plansApi.list(),
  });
  const available = plans.data?.items ?? [];
  const [source, setSource] = useState<string>('');
  const [description, setDescription] = useState('');
  const [price, setPrice] = useState('');
  const [customInterval, setCustomInterval] = useState<BillingInterval>('month');
  const [startsOn, setStartsOn] = useState(todayIn(workspace.timezone));
  const [term, setTerm] = useState('open');
  const [problems, setProblems] = useState<Record<string, string>>({});

  // The first plan is chosen once the price list arrives; with no plans, a custom price.
  const chosen = source || (plans.isSuccess ? (available[0]?.id ?? CUSTOM) : '');
  const plan = available.find((item) => item.id === chosen);
  const isCustom = chosen === CUSTOM;
  const interval = plan?.interval ?? customInterval;
  const terms = termOptions(startsOn, interval);
  const termEnd = terms.find((option) => option.value === term)?.termEnd ?? null;

  const create = useMutation({
    mutationFn: (input: AgreementInput) => agreementsApi.create(input),
    onSuccess: async (agreement) => {
      toast(`Agreement added: ${agreement.plan?.name ?? agreement.description}`);
      onDone();
      await refreshBilling(queryClient);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const input: AgreementInput = { clientId, startsOn, termEnd };
    if (!chosen) found.planId = 'Choose a plan or a custom price';
    if (plan) input.planId = plan.id;
    if (isCustom) {
      const parsed = parseMoney(price, currency);
      if (!description.trim()) found.description = 'Say what the client is paying for';
      if (!parsed.ok) found.priceMinor = parsed.message;
      else if (parsed.amountMinor < 0) found.priceMinor = 'A price cannot be negative';
      else input.priceMinor = parsed.amountMinor;
      input.description = description.trim();
      input.interval = customInterval;
    }
    setProblems(found);
    if (Object.keys(found).length > 0) {
      create.reset();
      return;
    }
    create.mutate(input);
  };
  const error = (field: string) => problems[field] ?? fieldError(create.error, field);

  return (
    <form className="form-stack" onSubmit={submit} noValidate>
      <ErrorBanner error={create.error ?? plans.error} fields={FIELDS} />
      <Field
        label="Plan"
        error={error('planId')}
        hint={
          plans.isSuccess && available.length === 0 ? (
            user.role === 'owner' ? (
              <>
                No plans yet — <Link href="/billing/plans">add your price list</Link>, or set a custom price.
              </>
            ) : (
              'No plans yet; set a custom price.'
            )
          ) : undefined
        }
      >
        <select value={chosen} onChange={(event) => setSource(event.target.value)} disabled={plans.isPending}>
          {plans.isPending && <option value="">Loading plans…</option>}
          {available.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name} — {formatMoney(item.priceMinor, item.currency)} {PER_INTERVAL[item.interval]}
            </option>
          ))}
          <option value={CUSTOM}>Custom price…</option>
        </select>
      </Field>
      {isCustom && (
        <>
          <Field label="Description" error={error('description')}>
            <input
              value={description}
              maxLength={200}
              placeholder="Brand strategy retainer"
              onChange={(event) => setDescription(event.target.value)}
            />
          </Field>
          <div className="form-row form-row-top">
            <Field label="Price per period" error={error('priceMinor')}>
              <MoneyInput value={price} currency={currency} placeholder="250.00" onChange={setPrice} />
            </Field>
            <Field label="Billed" error={error('interval')}>
              <select
                value={customInterval}
                onChange={(event) => setCustomInterval(event.target.value as BillingInterval)}
              >
                {INTERVAL_OPTIONS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </>
      )}
      <div className="form-row form-row-top form-row-term">
        <Field
          label="Starts on"
          error={error('startsOn')}
          hint={`Billed in advance: each ${interval} starts on this day.`}
        >
          <input
            type="date"
            value={startsOn}
            required
            onChange={(event) => setStartsOn(event.target.value)}
          />
        </Field>
        <Field label="Term" error={error('termEnd')}>
          <select
            value={terms.some((option) => option.value === term) ? term : 'open'}
            onChange={(event) => setTerm(event.target.value)}
          >
            {terms.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="form-actions">
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={create.isPending || !chosen}>
          {create.isPending ? 'Adding…' : 'Add agreement'}
        </button>
      </div>
    </form>
  );
}
