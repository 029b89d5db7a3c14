import { useQuery } from '@tanstack/react-query';
import { AlertTriangle, ArrowLeft, Lock, Pencil } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { disruptionKeys, disruptionsApi } from '../../api/disruptions.ts';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { formatCalendarDate } from '../../lib/format.ts';
import { useSession } from '../auth/session.tsx';
import { DisruptionEditDialog } from './disruption-edit-dialog.tsx';
import { percentOf, plural, promiseText, STATUS_LABELS, STATUS_TONES } from './disruption-labels.ts';

/** The disruption's title, status, client-facing message and promise; the team can edit it. */
export function DisruptionHeader({ disruptionId }: { disruptionId: string }) {
  const { user } = useSession();
  const [editing, setEditing] = useState(false);
  const query = useQuery({
    queryKey: disruptionKeys.one(disruptionId),
    queryFn: () => disruptionsApi.get(disruptionId),
  });
  const d = query.data;
  if (!d) {
    return (
      <header className="disruption-header">
        <Link href="/disruptions" className="back-link">
          <ArrowLeft size={14} aria-hidden="true" /> Hard times
        </Link>
        {query.isPending ? (
          <Skeleton lines={3} label="Loading the disruption" />
        ) : (
          <ErrorBanner error={query.error} />
        )}
      </header>
    );
  }
  const isTeam = user.role !== 'stand_in';
  const canEdit = isTeam && d.status === 'active';
  const { counts } = d;
  return (
    <header className="disruption-header">
      <Link href="/disruptions" className="back-link">
        <ArrowLeft size={14} aria-hidden="true" /> Hard times
      </Link>
      <div className="disruption-title-row">
        <h1>{d.title}</h1>
        <span className={`badge ${STATUS_TONES[d.status]}`}>{STATUS_LABELS[d.status]}</span>
        {canEdit && (
          <button type="button" className="btn btn-small disruption-edit" onClick={() => setEditing(true)}>
            <Pencil size={14} aria-hidden="true" /> Edit
          </button>
        )}
      </div>
      <p className="disruption-meta">
        Since {formatCalendarDate(d.startedOn)}
        {d.resolvedOn && <> · resolved {formatCalendarDate(d.resolvedOn)}</>} ·{' '}
        {plural(counts.affected, 'client')} affected · {percentOf(counts.contacted, counts.affected)}{' '}
        contacted · an update every {plural(d.cadenceDays, 'day')}
      </p>
      <div className="disruption-texts">
        <section className="disruption-message" aria-labelledby="client-message-heading">
          <h2 id="client-message-heading">What clients are told</h2>
          <p>{d.clientMessage}</p>
        </section>
        <section className="disruption-promise" aria-labelledby="promise-heading">
          <h2 id="promise-heading">Promised to clients</h2>
          <p className="promise-date">{promiseText(d.promisedOn)}</p>
          {d.estimateOn && (
            <p className="muted">
              Our estimate {formatCalendarDate(d.estimateOn)} + {plural(d.bufferDays, 'day')} of wiggle room
            </p>
          )}
        </section>
      </div>
      {d.estimatePastPromise && d.estimateOn && (
        <div className="banner banner-error" role="alert">
          <AlertTriangle size={18} aria-hidden="true" />
          <p>
            Our estimate ({formatCalendarDate(d.estimateOn)}) is past the promise. Set a new promise and tell
            every client on the <Link href={`/disruptions/${d.id}/time-frame`}>Time frame</Link> tab.
          </p>
        </div>
      )}
      {counts.mustBeTold > 0 && !d.estimatePastPromise && (
        <p className="banner banner-warning">
          {plural(counts.mustBeTold, 'client has', 'clients have')} not been told the current promise yet.{' '}
          {isTeam ? (
            <Link href={`/disruptions/${d.id}/time-frame`}>Tell them</Link>
          ) : (
            'When you speak to them, give them the date.'
          )}
        </p>
      )}
      <details className="disruption-private">
        <summary>
          <Lock size={14} aria-hidden="true" /> Private detail — never shown to clients
        </summary>
        <p>{d.privateDetail || <span className="muted">Nothing written.</span>}</p>
      </details>
      {canEdit && <DisruptionEditDialog disruption={d} open={editing} onClose={() => setEditing(false)} />}
    </header>
  );
}
