import { useInfiniteQuery } from '@tanstack/react-query';
import { ListChecks } from 'lucide-react';
import { useLocation, useSearch } from 'wouter';
import { type TaskListParams, tasksApi } from '../../api/tasks.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { NewTaskForm } from './new-task-form.tsx';
import { TaskItem } from './task-item.tsx';

type Due = NonNullable<TaskListParams['due']>;
type State = NonNullable<TaskListParams['state']>;

/** Follow-ups: mine or everyone's, by due date; tick them off where they stand. */
export function TasksPage() {
  const [, navigate] = useLocation();
  const search = new URLSearchParams(useSearch());
  const who = search.get('who') === 'all' ? 'all' : 'me';
  const due = (search.get('due') ?? '') as Due;
  const state = (search.get('state') ?? 'open') as State;
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    navigate(`/tasks${next.size ? `?${next}` : ''}`, { replace: true });
  };
  const params: TaskListParams = { state, due, assignee: who === 'me' ? 'me' : undefined, limit: 50 };
  const list = useInfiniteQuery({
    queryKey: ['tasks', params],
    queryFn: ({ pageParam }) => tasksApi.list({ ...params, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="page page-narrow">
      <PageHeader title="Tasks" subtitle="Follow-ups and promises to keep." />
      <section className="card task-add-card" aria-label="Add a task">
        <NewTaskForm />
      </section>
      <div className="toolbar">
        <fieldset className="segmented">
          <legend className="visually-hidden">Whose tasks</legend>
          {(['me', 'all'] as const).map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={who === value}
              onClick={() => setFilter('who', value === 'me' ? '' : 'all')}
            >
              {value === 'me' ? 'Mine' : 'Everyone'}
            </button>
          ))}
        </fieldset>
        <label className="visually-hidden" htmlFor="task-due-filter">
          Due
        </label>
        <select id="task-due-filter" value={due} onChange={(event) => setFilter('due', event.target.value)}>
          <option value="">Any due date</option>
          <option value="overdue">Overdue</option>
          <option value="today">Due today</option>
          <option value="upcoming">Upcoming</option>
        </select>
        <label className="visually-hidden" htmlFor="task-state-filter">
          State
        </label>
        <select
          id="task-state-filter"
          value={state}
          onChange={(event) => setFilter('state', event.target.value === 'open' ? '' : event.target.value)}
        >
          <option value="open">Open</option>
          <option value="done">Done</option>
          <option value="all">All</option>
        </select>
      </div>
      <ErrorBanner error={list.error} />
      <section className="card" aria-label="Tasks">
        {list.isPending ? (
          <Skeleton lines={6} label="Loading tasks" />
        ) : items.length === 0 ? (
          <EmptyState icon={ListChecks} title={state === 'done' ? 'Nothing done yet' : 'All clear'}>
            {state === 'done'
              ? 'Completed tasks show up here.'
              : 'No open tasks match. Add one above, or from a client’s page.'}
          </EmptyState>
        ) : (
          <ul className="task-list">
            {items.map((task) => (
              <TaskItem key={task.id} task={task} />
            ))}
          </ul>
        )}
        {list.hasNextPage && (
          <div className="card-footer">
            <button type="button" className="btn btn-small" onClick={() => void list.fetchNextPage()}>
              {list.isFetchingNextPage ? 'Loading…' : 'Show more'}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
