import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CircleCheck, Play } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { billingRunsApi } from '../../api/billing.ts';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { formatCalendarDate, formatMoney, plural, todayIn } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';
import { refreshBilling } from './billing-keys.ts';

/** "Run billing through [date]" (owner), and what the run did, in words. */
export function RunBillingForm() {
  const queryClient = useQueryClient();
  const toast = useToast();
  const today = todayIn(useTimeZone());
  const [through, setThrough] = useState(today);
  const run = useMutation({
    mutationFn: () => billingRunsApi.run(through || undefined),
    onSuccess: async (result) => {
      toast(`Billing run finished: ${plural(result.invoicesCreated, 'invoice')} issued`);
      await refreshBilling(queryClient);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!run.isPending) run.mutate();
  };
  const result = run.data;
  return (
    <section className="card" aria-labelledby="run-heading">
      <header className="card-header">
        <div>
          <h2 id="run-heading">Run billing</h2>
          <p className="card-subtitle">
            Issues every invoice due through the date that does not exist yet. Safe to repeat: a period is
            never billed twice.
          </p>
        </div>
      </header>
      <form className="card-body run-form" onSubmit={submit} noValidate>
        <Field label="Through" error={fieldError(run.error, 'through')}>
          <input type="date" value={through} onChange={(event) => setThrough(event.target.value)} />
        </Field>
        <button type="submit" className="btn btn-primary" disabled={run.isPending || !through}>
          <Play size={15} aria-hidden="true" />
          {run.isPending ? 'Running…' : `Run billing through ${formatCalendarDate(through || today)}`}
        </button>
      </form>
      {run.error && (
        <div className="card-body">
          <ErrorBanner error={run.error} fields={['through']} />
        </div>
      )}
      {result && (
        <div className="banner banner-success run-result" role="status">
          <CircleCheck size={18} aria-hidden="true" />
          <p>
            {result.invoicesCreated === 0 ? (
              <>
                Nothing new to bill through {formatCalendarDate(result.throughDate)} —{' '}
                {plural(result.agreementsSeen, 'agreement')} checked, every invoice already issued.
              </>
            ) : (
              <>
                <strong>{plural(result.invoicesCreated, 'invoice')}</strong> issued for{' '}
                {formatMoney(result.totalMinor, result.currency)}, from{' '}
                {plural(result.agreementsSeen, 'agreement')} checked.{' '}
                <Link href="/billing">See the invoices</Link>
              </>
            )}
          </p>
        </div>
      )}
    </section>
  );
}
