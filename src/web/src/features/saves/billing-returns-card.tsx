import { CalendarClock } from 'lucide-react';
import { Link } from 'wouter';
import type { BillingReturn } from '../../api/saves-types.ts';
import { formatCalendarDate } from '../../lib/format.ts';
import { OFFER_LABELS } from './labels.ts';

const SAYS: Record<BillingReturn['kind'], string> = {
  holiday: 'Billing returns to normal on',
  pause: 'Service and billing resume on',
  reduction: 'Billing returns to full price on',
};

/**
 * Today's follow-through on the save desk: holidays, pauses and reductions ending within
 * two weeks — "billing returns to normal on …" — so someone rings the client before the
 * full invoice does. Nothing is shown when nothing is ending.
 */
export function BillingReturnsCard({ items }: { items: BillingReturn[] }) {
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="returns-heading">
      <header className="card-header">
        <h2 id="returns-heading">
          <CalendarClock size={17} aria-hidden="true" /> Back to normal billing soon
          <span className="card-count">{items.length}</span>
        </h2>
        <Link href="/saves">Save desk</Link>
      </header>
      <ul className="return-list">
        {items.map((item) => (
          <li key={item.offerId} className="return-item" data-testid="billing-return">
            <div>
              <Link href={`/clients/${item.clientId}`} className="return-client">
                {item.clientName}
              </Link>
              <p className="return-message">
                {SAYS[item.kind]} {formatCalendarDate(item.returnsOn)}
              </p>
            </div>
            <div className="return-side">
              <span className="muted">
                {OFFER_LABELS[item.kind]} ends {formatCalendarDate(item.endsOn)}
              </span>
              <Link href={`/saves/${item.caseId}`}>The call</Link>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
