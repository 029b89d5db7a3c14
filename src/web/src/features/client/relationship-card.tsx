import { HeartPulse } from 'lucide-react';
import type { ClientDetail } from '../../api/types.ts';
import { formatDateTime, formatRelative, formatTenure, plural, todayIn } from '../../lib/format.ts';
import { useNow } from '../../lib/use-now.ts';
import { useTimeZone } from '../auth/session.tsx';

/**
 * The relationship at a glance. The health score needs payment history, which arrives with
 * billing; until then the card says so and shows the signals that are already known.
 */
export function RelationshipCard({ client }: { client: ClientDetail }) {
  const timeZone = useTimeZone();
  const now = useNow();
  const { summary } = client;
  const lastContact = summary.lastContactAt;
  // A contact logged a moment "ahead" (another machine's clock) is still today, never "-1 days ago".
  const contactAt = lastContact ? Math.min(new Date(lastContact).getTime(), now) : null;
  const daysSince = contactAt === null ? null : Math.max(0, Math.floor((now - contactAt) / 86_400_000));
  return (
    <section className="card" aria-labelledby="relationship-heading">
      <header className="card-header">
        <h2 id="relationship-heading">Relationship</h2>
      </header>
      <dl className="facts">
        <div>
          <dt>Tenure</dt>
          <dd>{formatTenure(client.since, todayIn(timeZone))}</dd>
        </div>
        <div>
          <dt>Last contact</dt>
          <dd title={lastContact ? formatDateTime(lastContact, timeZone) : undefined}>
            {lastContact ? formatRelative(lastContact, Math.max(now, contactAt ?? now)) : 'Never'}
          </dd>
        </div>
        <div>
          <dt>Open callbacks</dt>
          <dd className={summary.overdueCallbacks > 0 ? 'fact-danger' : undefined}>
            {summary.openCallbacks}
            {summary.overdueCallbacks > 0 && ` (${summary.overdueCallbacks} overdue)`}
          </dd>
        </div>
        <div>
          <dt>Open tasks</dt>
          <dd>{summary.openTasks}</dd>
        </div>
      </dl>
      <div className="health">
        <div className="health-head">
          <span className="health-icon" aria-hidden="true">
            <HeartPulse size={18} />
          </span>
          <div>
            <h3>Health score</h3>
            <p className="muted">Arrives with billing — it needs payment history to be honest.</p>
          </div>
        </div>
        <ul className="health-signals">
          <li className={daysSince !== null && daysSince <= 30 ? 'signal-good' : 'signal-watch'}>
            {daysSince === null
              ? 'No contact logged yet'
              : daysSince === 0
                ? 'In touch today'
                : `Last contact ${plural(daysSince, 'day')} ago`}
          </li>
          <li className={summary.overdueCallbacks > 0 ? 'signal-bad' : 'signal-good'}>
            {summary.overdueCallbacks > 0
              ? `${plural(summary.overdueCallbacks, 'callback')} overdue`
              : 'No callback overdue'}
          </li>
          <li className="signal-neutral">Payments, referrals and hardship: with billing</li>
        </ul>
      </div>
    </section>
  );
}
