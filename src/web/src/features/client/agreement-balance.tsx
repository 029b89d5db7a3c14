import type { ReactNode } from 'react';
import type { ClientBalance } from '../../api/billing-types.ts';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { formatMoney } from '../../lib/format.ts';
import { useSession } from '../auth/session.tsx';

/**
 * Where the client's account stands, in one line: what they owe (and how much of it is
 * late), the credit we hold for them, and holiday value still to be recovered.
 */
export function AgreementBalance({
  balance,
  error,
  children,
}: {
  balance: ClientBalance | undefined;
  error: unknown;
  /** The actions that go with it: record a payment, see the invoices. */
  children: ReactNode;
}) {
  const { currency } = useSession().workspace;
  if (error) return <ErrorBanner error={error} />;
  const money = (amount: number) => formatMoney(amount, balance?.currency ?? currency);
  const owes = balance?.receivableMinor ?? 0;
  const overdue = balance?.overdueMinor ?? 0;
  const credit = balance?.creditAvailableMinor ?? 0;
  const deferred = balance?.deferredHolidayMinor ?? 0;
  return (
    <div className={`balance${overdue > 0 ? ' balance-late' : ''}`}>
      {!balance ? (
        <p className="balance-line muted">Checking the account…</p>
      ) : (
        <p className="balance-line" data-testid="client-balance">
          {owes > 0 ? (
            <>
              Owes <strong className="tabular">{money(owes)}</strong>
              {overdue > 0 && <span className="balance-overdue"> · {money(overdue)} overdue</span>}
            </>
          ) : (
            <span className="balance-clear">Nothing owed</span>
          )}
          {credit > 0 && <span className="balance-credit"> · credit {money(credit)}</span>}
        </p>
      )}
      {deferred > 0 && (
        <p className="balance-note">
          {money(deferred)} deferred by a payment holiday, recovered as the extension is paid.
        </p>
      )}
      <div className="balance-actions">{children}</div>
    </div>
  );
}
