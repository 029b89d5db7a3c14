import { useInfiniteQuery } from '@tanstack/react-query';
import { ListChecks } from 'lucide-react';
import { useState } from 'react';
import { tasksApi } from '../../api/tasks.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { LoadMoreFooter } from '../../components/load-more-footer.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { NewTaskForm } from '../tasks/new-task-form.tsx';
import { TaskItem } from '../tasks/task-item.tsx';

/** Follow-ups for this client: add one in a line, tick it off where it stands. */
export function ClientTasks({ clientId }: { clientId: string }) {
  const [showDone, setShowDone] = useState(false);
  const state = showDone ? 'all' : 'open';
  const list = useInfiniteQuery({
    queryKey: ['tasks', { clientId, state }],
    queryFn: ({ pageParam }) => tasksApi.list({ clientId, state, limit: 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const open = items.filter((task) => task.doneAt === null).length;

  return (
    <section className="card" aria-labelledby="client-tasks-heading">
      <header className="card-header">
        <h2 id="client-tasks-heading">
          <ListChecks size={17} aria-hidden="true" /> Tasks
          {open > 0 && <span className="card-count">{open}</span>}
        </h2>
        <button
          type="button"
          className="link-button"
          aria-pressed={showDone}
          onClick={() => setShowDone((value) => !value)}
        >
          {showDone ? 'Hide done' : 'Show done'}
        </button>
      </header>
      <div className="client-task-add">
        <NewTaskForm clientId={clientId} compact />
      </div>
      <ErrorBanner error={list.error} />
      {list.isPending ? (
        <Skeleton lines={3} label="Loading tasks" />
      ) : items.length === 0 ? (
        !list.isError && (
          <EmptyState compact icon={ListChecks} title={showDone ? 'No tasks yet' : 'Nothing to follow up'}>
            Promises made and next steps for this client go here.
          </EmptyState>
        )
      ) : (
        <ul className="task-list">
          {items.map((task) => (
            <TaskItem key={task.id} task={task} showClient={false} />
          ))}
        </ul>
      )}
      <LoadMoreFooter list={list} label="Show more" />
    </section>
  );
}
