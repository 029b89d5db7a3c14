import { useQuery } from '@tanstack/react-query';
import { Activity, AlarmClock, Clock, ListChecks } from 'lucide-react';
import { Link } from 'wouter';
import { todayApi } from '../../api/tasks.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useNow } from '../../lib/use-now.ts';
import { useSession } from '../auth/session.tsx';
import { CallbackItem } from '../callbacks/callback-item.tsx';
import { TimelineItem } from '../client/timeline-item.tsx';
import { BillingReturnsCard } from '../saves/billing-returns-card.tsx';
import { TaskItem } from '../tasks/task-item.tsx';
import { greeting } from './greeting.ts';
import { HardTimesCard } from './hard-times-card.tsx';
import { TodayStats } from './today-stats.tsx';

/** What needs you now: overdue callbacks first and loud, then what is due, then what happened. */
export function TodayPage() {
  const { user, workspace } = useSession();
  const now = useNow();
  const today = useQuery({ queryKey: ['today'], queryFn: todayApi.get, refetchInterval: 60_000 });
  const data = today.data;
  const { hello, date } = greeting(user.name, workspace.timezone, now);

  return (
    <div className="page">
      <PageHeader title={hello} subtitle={date} />
      <ErrorBanner error={today.error} />
      {!data ? (
        today.isPending && <Skeleton lines={8} label="Loading today" />
      ) : (
        <>
          <TodayStats counts={data.counts} />
          <div className="columns">
            <div className="stack">
              <HardTimesCard items={data.hardTimes} />
              {data.overdueCallbacks.length > 0 && (
                <section className="card card-danger" aria-labelledby="overdue-heading">
                  <header className="card-header">
                    <h2 id="overdue-heading">
                      <AlarmClock size={17} aria-hidden="true" /> Overdue callbacks
                      <span className="card-count">{data.overdueCallbacks.length}</span>
                    </h2>
                    <Link href="/callbacks?state=overdue">See all</Link>
                  </header>
                  <ul className="callback-list">
                    {data.overdueCallbacks.map((callback) => (
                      <CallbackItem key={callback.id} callback={callback} />
                    ))}
                  </ul>
                </section>
              )}
              <section className="card" aria-labelledby="due-heading">
                <header className="card-header">
                  <h2 id="due-heading">
                    <Clock size={17} aria-hidden="true" /> Due soon
                    <span className="card-count">{data.dueCallbacks.length}</span>
                  </h2>
                  <Link href="/callbacks">All callbacks</Link>
                </header>
                {data.dueCallbacks.length === 0 ? (
                  <EmptyState compact icon={Clock} title="No callbacks due in the next 24 hours">
                    {data.overdueCallbacks.length === 0 ? 'Every client who asked has been answered.' : null}
                  </EmptyState>
                ) : (
                  <ul className="callback-list">
                    {data.dueCallbacks.map((callback) => (
                      <CallbackItem key={callback.id} callback={callback} />
                    ))}
                  </ul>
                )}
              </section>
              <BillingReturnsCard items={data.billingReturns} />
              <section className="card" aria-labelledby="tasks-heading">
                <header className="card-header">
                  <h2 id="tasks-heading">
                    <ListChecks size={17} aria-hidden="true" /> Tasks due
                    <span className="card-count">{data.tasksDue.length}</span>
                  </h2>
                  <Link href="/tasks">All tasks</Link>
                </header>
                {data.tasksDue.length === 0 ? (
                  <EmptyState compact icon={ListChecks} title="Nothing due today">
                    Tasks due today or overdue appear here.
                  </EmptyState>
                ) : (
                  <ul className="task-list">
                    {data.tasksDue.map((task) => (
                      <TaskItem key={task.id} task={task} />
                    ))}
                  </ul>
                )}
              </section>
            </div>
            <section className="card" aria-labelledby="activity-heading">
              <header className="card-header">
                <h2 id="activity-heading">
                  <Activity size={17} aria-hidden="true" /> Recent activity
                </h2>
              </header>
              {data.recentActivity.length === 0 ? (
                <EmptyState compact icon={Activity} title="No activity yet">
                  Calls, e-mails and meetings you log show up here.
                </EmptyState>
              ) : (
                <ul className="timeline timeline-compact">
                  {data.recentActivity.map((interaction) => (
                    <TimelineItem key={interaction.id} interaction={interaction} showClient now={now} />
                  ))}
                </ul>
              )}
            </section>
          </div>
        </>
      )}
    </div>
  );
}
