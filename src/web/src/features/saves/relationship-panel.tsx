import { HeartHandshake, History } from 'lucide-react';
import type { Relationship } from '../../api/saves-types.ts';
import type { Channel, Direction } from '../../api/types.ts';
import { ChannelIcon } from '../../components/channel-icon.tsx';
import {
  formatCalendarDate,
  formatDateTime,
  formatMoney,
  formatRelative,
  formatTenure,
  plural,
  todayIn,
} from '../../lib/format.ts';
import { useNow } from '../../lib/use-now.ts';
import { useTimeZone } from '../auth/session.tsx';
import { PER_INTERVAL } from '../billing/labels.ts';

interface Signal {
  tone: 'good' | 'watch' | 'bad';
  text: string;
}

/** What the relationship says before anyone mentions money: contact, promises kept, history. */
function healthSignals(relationship: Relationship, now: number): Signal[] {
  const signals: Signal[] = [];
  const last = relationship.lastContactAt ? new Date(relationship.lastContactAt).getTime() : null;
  const days = last === null ? null : Math.max(0, Math.floor((now - last) / 86_400_000));
  if (days === null) signals.push({ tone: 'watch', text: 'No contact logged before this call' });
  else if (days <= 30)
    signals.push({
      tone: 'good',
      text: days === 0 ? 'In touch today' : `In touch ${plural(days, 'day')} ago`,
    });
  else signals.push({ tone: 'watch', text: `No contact for ${plural(days, 'day')}` });
  if (relationship.overdueCallbacks > 0) {
    signals.push({
      tone: 'bad',
      text: `${plural(relationship.overdueCallbacks, 'callback')} overdue — say sorry first`,
    });
  } else {
    signals.push({ tone: 'good', text: 'Every callback answered on time' });
  }
  if (relationship.earlierCases > 0) {
    signals.push({
      tone: 'watch',
      text: `Called to cancel ${plural(relationship.earlierCases, 'time')} before`,
    });
  }
  return signals;
}

/**
 * The relationship first (DESIGN.md: "the transaction is the result of the relationship"):
 * how long, what it has been worth, how recently and how well we kept in touch, and the
 * last few touches — read before the call turns to money.
 */
export function RelationshipPanel({ relationship }: { relationship: Relationship }) {
  const timeZone = useTimeZone();
  const now = useNow();
  const today = todayIn(timeZone, new Date(now));
  const active = relationship.agreements.filter((agreement) => agreement.status === 'active');
  const lastContact = relationship.lastContactAt;
  const facts: { label: string; value: string; title?: string | undefined; tone?: string }[] = [
    {
      label: 'Client for',
      value: formatTenure(relationship.since, today),
      title: `Since ${formatCalendarDate(relationship.since)}`,
    },
  ];
  if (relationship.lifetimeValueMinor !== null) {
    facts.push({
      label: 'Lifetime value',
      value: formatMoney(relationship.lifetimeValueMinor, relationship.currency),
    });
  }
  facts.push(
    {
      label: 'Last contact',
      value: lastContact
        ? formatRelative(lastContact, Math.max(now, new Date(lastContact).getTime()))
        : 'Never',
      title: lastContact ? formatDateTime(lastContact, timeZone) : undefined,
    },
    {
      label: 'Open callbacks',
      value:
        relationship.overdueCallbacks > 0
          ? `${relationship.openCallbacks} (${relationship.overdueCallbacks} overdue)`
          : String(relationship.openCallbacks),
      tone: relationship.overdueCallbacks > 0 ? 'fact-danger' : '',
    },
  );

  return (
    <section className="card relationship-panel" aria-labelledby="call-relationship-heading">
      <header className="card-header">
        <h2 id="call-relationship-heading">
          <HeartHandshake size={17} aria-hidden="true" /> The relationship
        </h2>
        {relationship.openTasks > 0 && (
          <span className="muted">{plural(relationship.openTasks, 'open task')}</span>
        )}
      </header>
      <dl className="call-facts">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd className={fact.tone || undefined} title={fact.title}>
              {fact.value}
            </dd>
          </div>
        ))}
      </dl>
      <ul className="call-signals" aria-label="Health signals">
        {healthSignals(relationship, now).map((signal) => (
          <li key={signal.text} className={`call-signal call-signal-${signal.tone}`}>
            {signal.text}
          </li>
        ))}
      </ul>
      {active.length > 0 && (
        <ul className="call-agreements" aria-label="Agreements">
          {active.map((agreement) => (
            <li key={agreement.id}>
              <span className="call-agreement-name">{agreement.description}</span>
              <span className="tabular">
                {formatMoney(agreement.priceMinor, relationship.currency)}{' '}
                <span className="muted">{PER_INTERVAL[agreement.interval]}</span>
              </span>
              <span className="call-agreement-since">since {formatCalendarDate(agreement.startsOn)}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="call-recent">
        <h3>
          <History size={15} aria-hidden="true" /> Recent touches
        </h3>
        {relationship.recentInteractions.length === 0 ? (
          <p className="muted">Nothing logged yet — this call is the first.</p>
        ) : (
          <ul>
            {relationship.recentInteractions.map((touch) => (
              <li key={touch.id}>
                <ChannelIcon channel={touch.channel as Channel} direction={touch.direction as Direction} />
                <span className="call-recent-text">
                  <span className="call-recent-summary">{touch.summary}</span>
                  <time
                    className="muted"
                    dateTime={touch.occurredAt}
                    title={formatDateTime(touch.occurredAt, timeZone)}
                  >
                    {formatRelative(touch.occurredAt, now)}
                  </time>
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
