import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type PaymentInput, paymentsApi } from '../../api/billing.ts';
import type { Payment, PaymentMethod } from '../../api/billing-types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { formatMoney, formatMoneyInput, parseMoney, plural, todayIn } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';
import { refreshBilling } from '../billing/billing-keys.ts';
import { invoiceLabel } from '../billing/labels.ts';
import { MoneyInput } from '../billing/money-input.tsx';
import { PAYMENT_METHOD_HINTS, PAYMENT_METHOD_OPTIONS } from './payment-methods.ts';

// Problems with these show beside their field; any other lands in the banner.
const FIELDS = ['amountMinor', 'method', 'receivedOn', 'reference', 'note', 'exchangeFeeMinor'];

export interface PaymentTarget {
  clientId: string;
  clientName: string;
  currency: string;
  /** What the amount starts at: the invoice's outstanding, or everything the client owes. */
  suggestedMinor: number;
  /** Pay this invoice; left out, the client's open invoices are settled oldest first. */
  invoice?: { id: string; number: number };
}

/** The dialog's description: which invoices the payment goes to. */
function targetLine(target: PaymentTarget): string {
  if (target.invoice) return `For invoice ${invoiceLabel(target.invoice.number)} · ${target.clientName}`;
  return `${target.clientName} · settles open invoices oldest first; anything over becomes credit`;
}

/** The toast after saving: what it paid, and what became credit (amounts in the workspace currency). */
function recordedMessage(payment: Payment, currency: string): string {
  const amount = formatMoney(payment.amountMinor, currency);
  const invoices = payment.allocations.length;
  const credit = payment.creditMinor > 0 ? `, ${formatMoney(payment.creditMinor, currency)} to credit` : '';
  if (invoices === 0) return `Payment of ${amount} recorded as credit`;
  return `Payment of ${amount} recorded on ${plural(invoices, 'invoice')}${credit}`;
}

/**
 * Records money received: amount (the outstanding to start with), method, the day it came
 * in, a reference and a note. The API checks everything; its refusals show beside the
 * field they are about (an amount over a barter invoice, a date in the future).
 */
export function RecordPaymentDialog({
  target,
  open,
  onClose,
}: {
  target: PaymentTarget;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <Dialog title="Record a payment" description={targetLine(target)} open={open} onClose={onClose}>
      {/* Mounted only while open, so every opening starts from the current outstanding. */}
      <PaymentForm target={target} onDone={onClose} />
    </Dialog>
  );
}

function PaymentForm({ target, onDone }: { target: PaymentTarget; onDone: () => void }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const today = todayIn(useTimeZone());
  const { currency } = target;
  const [amount, setAmount] = useState(() =>
    target.suggestedMinor > 0 ? formatMoneyInput(target.suggestedMinor, currency) : '',
  );
  const [method, setMethod] = useState<PaymentMethod>('bank_transfer');
  const [receivedOn, setReceivedOn] = useState(today);
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [fee, setFee] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const parsed = parseMoney(amount, currency);
  const over = parsed.ok && target.invoice ? parsed.amountMinor - target.suggestedMinor : 0;

  const record = useMutation({
    mutationFn: (input: PaymentInput) => paymentsApi.record(input),
    onSuccess: async (payment) => {
      toast(recordedMessage(payment, currency));
      onDone();
      await refreshBilling(queryClient);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!parsed.ok) problems.amountMinor = parsed.message;
    else if (parsed.amountMinor <= 0) problems.amountMinor = 'The amount must be more than zero';
    const parsedFee = method === 'trade_currency' && fee.trim() ? parseMoney(fee, currency) : null;
    if (parsedFee && !parsedFee.ok) problems.exchangeFeeMinor = parsedFee.message;
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0 || !parsed.ok) {
      record.reset();
      return;
    }
    record.mutate({
      clientId: target.clientId,
      amountMinor: parsed.amountMinor,
      method,
      receivedOn,
      reference: reference.trim() || undefined,
      note: note.trim() || undefined,
      allocations: target.invoice ? [{ invoiceId: target.invoice.id }] : undefined,
      exchangeFeeMinor: parsedFee?.ok ? parsedFee.amountMinor : undefined,
    });
  };
  const error = (field: string) => localErrors[field] ?? fieldError(record.error, field);

  return (
    <form className="form-stack" onSubmit={submit} noValidate>
      <ErrorBanner error={record.error} fields={FIELDS} />
      <div className="form-row form-row-top">
        <Field
          label="Amount"
          error={error('amountMinor')}
          hint={
            over > 0
              ? `${formatMoney(over, currency)} more than the invoice owes becomes the client’s credit.`
              : target.suggestedMinor > 0
                ? `Outstanding: ${formatMoney(target.suggestedMinor, currency)}`
                : undefined
          }
        >
          <MoneyInput
            value={amount}
            currency={currency}
            onChange={(value) => {
              setAmount(value);
              setLocalErrors({});
            }}
          />
        </Field>
        <Field label="Received on" error={error('receivedOn')}>
          <input
            type="date"
            value={receivedOn}
            max={today}
            required
            onChange={(event) => setReceivedOn(event.target.value)}
          />
        </Field>
      </div>
      <Field label="Method" error={error('method')} hint={PAYMENT_METHOD_HINTS[method]}>
        <select value={method} onChange={(event) => setMethod(event.target.value as PaymentMethod)}>
          {PAYMENT_METHOD_OPTIONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      {method === 'trade_currency' && (
        <Field label="Exchange fee" optional error={error('exchangeFeeMinor')}>
          <MoneyInput value={fee} currency={currency} onChange={setFee} />
        </Field>
      )}
      <Field
        label="Reference"
        optional
        error={error('reference')}
        hint="A cheque number, a transfer reference"
      >
        <input value={reference} maxLength={200} onChange={(event) => setReference(event.target.value)} />
      </Field>
      <Field label="Note" optional={method !== 'barter'} error={error('note')}>
        <textarea
          rows={2}
          value={note}
          maxLength={2000}
          placeholder={method === 'barter' ? 'Printing, 500 flyers' : undefined}
          onChange={(event) => setNote(event.target.value)}
        />
      </Field>
      <div className="form-actions">
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={record.isPending}>
          {record.isPending ? 'Recording…' : 'Record payment'}
        </button>
      </div>
    </form>
  );
}
