import { useQuery } from '@tanstack/react-query';
import { disruptionKeys, disruptionsApi } from '../../api/disruptions.ts';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { formatCalendarDate } from '../../lib/format.ts';
import { useSession } from '../auth/session.tsx';
import { plural, promiseText } from './disruption-labels.ts';
import { TimeFrameEstimate } from './time-frame-estimate.tsx';
import { TimeFrameHistory } from './time-frame-history.tsx';
import { TimeFrameTell } from './time-frame-tell.tsx';

/** Step 4: estimate + buffer = promise, moving the estimate, re-promising, telling clients, the history. */
export function TimeFrameTab({ disruptionId }: { disruptionId: string }) {
  const { user } = useSession();
  const query = useQuery({
    queryKey: disruptionKeys.one(disruptionId),
    queryFn: () => disruptionsApi.get(disruptionId),
  });
  const d = query.data;
  if (!d)
    return query.isPending ? (
      <Skeleton lines={4} label="Loading the time frame" />
    ) : (
      <ErrorBanner error={query.error} />
    );
  const canManage = user.role !== 'stand_in' && d.status === 'active';
  return (
    <div className="time-frame">
      <section className="card" aria-labelledby="time-frame-heading">
        <header className="card-header">
          <h2 id="time-frame-heading">Give clients a date to fix on</h2>
        </header>
        <div className="card-body">
          <dl className="time-frame-sum">
            <div>
              <dt>Our estimate (never shown)</dt>
              <dd>{d.estimateOn ? formatCalendarDate(d.estimateOn) : 'None yet'}</dd>
            </div>
            <div aria-hidden="true" className="time-frame-op">
              +
            </div>
            <div>
              <dt>Wiggle room</dt>
              <dd>{plural(d.bufferDays, 'day')}</dd>
            </div>
            <div aria-hidden="true" className="time-frame-op">
              =
            </div>
            <div className="time-frame-promise">
              <dt>Promised to clients</dt>
              <dd>{promiseText(d.promisedOn)}</dd>
            </div>
          </dl>
          {d.estimatePastPromise && (
            <p className="banner banner-error" role="alert">
              The estimate is past the promise: confirm a new promise below, then tell every client.
            </p>
          )}
        </div>
      </section>
      {canManage && <TimeFrameEstimate disruption={d} />}
      {canManage && d.promisedOn && d.counts.mustBeTold > 0 && !d.estimatePastPromise && (
        <TimeFrameTell disruption={d} />
      )}
      <TimeFrameHistory disruptionId={disruptionId} />
    </div>
  );
}
