import { Siren } from 'lucide-react';
import { Link } from 'wouter';
import type { DisruptionSummary } from '../../api/disruptions-types.ts';
import { formatCalendarDate } from '../../lib/format.ts';

/**
 * Today's hard times on our side: each active disruption with what its clients still
 * need — not yet contacted, updates overdue, the new date not yet told. Shown first,
 * because during a disruption nothing on Today matters more; nothing when all is well.
 */
export function HardTimesCard({ items }: { items: DisruptionSummary[] }) {
  if (items.length === 0) return null;
  return (
    <section className="card card-warning" aria-labelledby="hard-times-heading">
      <header className="card-header">
        <h2 id="hard-times-heading">
          <Siren size={17} aria-hidden="true" /> Hard times
          <span className="card-count">{items.length}</span>
        </h2>
        <Link href="/disruptions">All disruptions</Link>
      </header>
      <ul className="hard-times-list">
        {items.map((item) => (
          <li key={item.id} className="hard-times-item" data-testid="hard-times-item">
            <div>
              <Link href={`/disruptions/${item.id}`} className="hard-times-title">
                {item.title}
              </Link>
              <p className="muted">
                {item.promisedOn
                  ? `Back to normal by ${formatCalendarDate(item.promisedOn)} (promised)`
                  : 'No date promised yet'}
                {item.estimatePastPromise && (
                  <strong className="text-danger"> · estimate past the promise</strong>
                )}
              </p>
            </div>
            <ul className="hard-times-needs">
              <Need count={item.counts.outreachOpen} href={`/disruptions/${item.id}/clients`}>
                not contacted yet
              </Need>
              <Need count={item.counts.updatesOverdue} href={`/disruptions/${item.id}/clients`}>
                updates overdue
              </Need>
              <Need count={item.counts.mustBeTold} href={`/disruptions/${item.id}/time-frame`}>
                to tell the new date
              </Need>
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Need({ count, href, children }: { count: number; href: string; children: string }) {
  if (count === 0) return null;
  return (
    <li>
      <Link href={href}>
        <strong>{count}</strong> {children}
      </Link>
    </li>
  );
}
