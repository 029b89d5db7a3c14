import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { firstPeriodFrom, periodOf } from '../../../../core/billing/periods.ts';
import { agreementsApi } from '../../api/billing.ts';
import type { Agreement } from '../../api/billing-types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { formatCalendarDate, todayIn } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';
import { billingKeys, refreshBilling } from '../billing/billing-keys.ts';
import { calendarOf } from './agreement-labels.ts';

/**
 * What cancelling from `date` means, by the server's rule: billing stops from the first
 * period starting on or after the date, and never before the first period not yet
 * invoiced (`nextUnbilled`, from the preview), since issued invoices stand.
 */
function stopSentence(agreement: Agreement, date: string, nextUnbilled: number | undefined): string | null {
  if (nextUnbilled === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  try {
    const calendar = calendarOf(agreement);
    const first = Math.max(firstPeriodFrom(calendar, date), nextUnbilled);
    if (first === 0) return 'Nothing will be billed: the agreement stops before its first period.';
    const lastEnd = periodOf(calendar, first - 1).end;
    const stops = periodOf(calendar, first).start;
    return `The last period billed ends ${formatCalendarDate(lastEnd)}; nothing is billed from ${formatCalendarDate(stops)}. Invoices already issued are kept.`;
  } catch {
    return null;
  }
}

/**
 * Ending an agreement at a period end, with the date it takes effect. The relationship
 * goes on: a client who stops paying is still a client to talk to.
 */
export function AgreementCancelDialog({
  agreement,
  open,
  onClose,
}: {
  agreement: Agreement;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <Dialog
      title="Cancel this agreement?"
      description={`${agreement.plan?.name ?? agreement.description} for ${agreement.clientName}`}
      open={open}
      onClose={onClose}
    >
      <CancelForm agreement={agreement} onDone={onClose} />
    </Dialog>
  );
}

function CancelForm({ agreement, onDone }: { agreement: Agreement; onDone: () => void }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const today = todayIn(useTimeZone());
  const [effectiveOn, setEffectiveOn] = useState(today);
  const [reason, setReason] = useState('');
  // One period from the default start: the first one not yet invoiced.
  const next = useQuery({
    queryKey: [...billingKeys.preview(agreement.id), 'next'],
    queryFn: () => agreementsApi.preview(agreement.id, undefined, 1),
  });
  const nextUnbilled = next.data ? (next.data.periods[0]?.periodIndex ?? 0) : undefined;
  const cancel = useMutation({
    mutationFn: () => agreementsApi.cancel(agreement.id, { effectiveOn, reason: reason.trim() || undefined }),
    onSuccess: async () => {
      toast('Agreement cancelled');
      onDone();
      await refreshBilling(queryClient);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!cancel.isPending) cancel.mutate();
  };
  return (
    <form className="form-stack" onSubmit={submit} noValidate>
      <ErrorBanner error={cancel.error} fields={['effectiveOn', 'reason']} />
      <Field
        label="Effective from"
        error={fieldError(cancel.error, 'effectiveOn')}
        hint={stopSentence(agreement, effectiveOn, nextUnbilled)}
      >
        <input type="date" value={effectiveOn} onChange={(event) => setEffectiveOn(event.target.value)} />
      </Field>
      <Field label="Why" optional error={fieldError(cancel.error, 'reason')}>
        <textarea
          rows={2}
          value={reason}
          maxLength={1000}
          placeholder="Moving abroad in the spring"
          onChange={(event) => setReason(event.target.value)}
        />
      </Field>
      <div className="form-actions">
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          Keep agreement
        </button>
        <button type="submit" className="btn btn-danger" disabled={cancel.isPending}>
          {cancel.isPending ? 'Cancelling…' : 'Cancel agreement'}
        </button>
      </div>
    </form>
  );
}
