import { CircleCheck, Flag, ListChecks } from 'lucide-react';
import { Link } from 'wouter';
import type { SaveCase } from '../../api/saves-types.ts';
import { formatCalendarDate, formatDateTime, formatMoney } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';
import { OFFER_LABELS, STATUS_LABELS, STATUS_TONES } from './labels.ts';

const HEADLINES: Record<SaveCase['status'], string> = {
  open: 'Open',
  saved: 'The relationship goes on',
  downgraded: 'They stay, on a cheaper plan',
  paused: 'Paused — they come back on a date',
  cancelled: 'They left — and we learn why',
};

/** A closed case: how it ended, when and by whom, and for a cancellation the post-mortem. */
export function OutcomeSummary({ saveCase }: { saveCase: SaveCase }) {
  const timeZone = useTimeZone();
  const accepted = saveCase.offers.filter((offer) => offer.status === 'accepted');
  const { postMortem, deferredSettlement } = saveCase;
  return (
    <section
      className={`card outcome-card outcome-done outcome-done-${saveCase.status}`}
      aria-labelledby="outcome-heading"
      id="outcome"
    >
      <header className="card-header">
        <h2 id="outcome-heading">
          <Flag size={17} aria-hidden="true" /> Outcome
        </h2>
        <span className={`badge ${STATUS_TONES[saveCase.status]}`} data-testid="case-status">
          {STATUS_LABELS[saveCase.status]}
        </span>
      </header>
      <div className="card-body outcome-result">
        <p className="outcome-headline">
          {saveCase.status !== 'cancelled' && <CircleCheck size={20} aria-hidden="true" />}
          {HEADLINES[saveCase.status]}
        </p>
        <p className="muted">
          Recorded {saveCase.outcomeAt ? formatDateTime(saveCase.outcomeAt, timeZone) : ''}
          {accepted.length > 0 &&
            ` · with ${accepted.map((offer) => OFFER_LABELS[offer.kind].toLowerCase()).join(', ')}`}
        </p>
        {saveCase.outcomeNote && <p className="pre-wrap">{saveCase.outcomeNote}</p>}
        {deferredSettlement && (
          <p className="banner banner-info">
            {deferredSettlement.kind === 'bill'
              ? `The holiday not yet paid back was billed: ${formatMoney(deferredSettlement.amountMinor, saveCase.relationship.currency)}.`
              : `The holiday not yet paid back was waived: ${formatMoney(deferredSettlement.amountMinor, saveCase.relationship.currency)}.`}
            {deferredSettlement.invoiceId && (
              <>
                {' '}
                <Link href={`/invoices/${deferredSettlement.invoiceId}`}>See the invoice</Link>
              </>
            )}
          </p>
        )}
      </div>
      {postMortem && (
        <div className="post-mortem" data-testid="post-mortem">
          <h3>Post-mortem</h3>
          <dl className="listen-facts">
            <div>
              <dt>Reason</dt>
              <dd>{postMortem.reason}</dd>
            </div>
            <div>
              <dt>Opened</dt>
              <dd>{formatDateTime(postMortem.createdAt, timeZone)}</dd>
            </div>
          </dl>
          <p className="post-mortem-label">What in our system failed</p>
          <p className="pre-wrap">{postMortem.whatFailed ?? 'Not written down yet.'}</p>
          <p className="post-mortem-label">
            <ListChecks size={15} aria-hidden="true" /> Corrective actions
          </p>
          {postMortem.correctiveActions.length === 0 ? (
            <p className="muted">None yet — add tasks for what will change.</p>
          ) : (
            <ul className="post-mortem-actions">
              {postMortem.correctiveActions.map((action) => (
                <li key={action.taskId} className={action.doneAt ? 'is-done' : undefined}>
                  <span>{action.title}</span>
                  <span className="muted">
                    {action.doneAt
                      ? 'Done'
                      : action.dueOn
                        ? `Due ${formatCalendarDate(action.dueOn)}`
                        : 'Open'}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Link href={`/tasks`} className="post-mortem-tasks">
            Open tasks
          </Link>
        </div>
      )}
    </section>
  );
}
