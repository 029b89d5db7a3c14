import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CalendarDays, User } from 'lucide-react';
import { Link } from 'wouter';
import { tasksApi } from '../../api/tasks.ts';
import type { Task } from '../../api/types.ts';
import { useToast } from '../../components/toaster.tsx';
import { formatCalendarDate, todayIn } from '../../lib/format.ts';
import { refreshRelationship } from '../../lib/invalidate.ts';
import { useTimeZone } from '../auth/session.tsx';

/** A task with a checkbox that completes it; overdue due dates are red. */
export function TaskItem({ task, showClient = true }: { task: Task; showClient?: boolean }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const today = todayIn(useTimeZone());
  const toggle = useMutation({
    mutationFn: (done: boolean) => tasksApi.update(task.id, { done }),
    onSuccess: async (_, done) => {
      toast(done ? `Done: ${task.title}` : `Reopened: ${task.title}`);
      await refreshRelationship(queryClient, task.clientId);
    },
  });
  const done = toggle.isPending ? toggle.variables : task.doneAt !== null;
  const dueClass = task.isOverdue && !done ? 'task-due task-due-overdue' : 'task-due';
  return (
    <li className={`task${done ? ' task-done' : ''}`} data-testid="task">
      <input
        type="checkbox"
        checked={done}
        onChange={(event) => toggle.mutate(event.target.checked)}
        aria-label={`${done ? 'Reopen' : 'Complete'} “${task.title}”`}
        disabled={toggle.isPending}
      />
      <div className="task-main">
        <p className="task-title">{task.title}</p>
        <p className="task-meta">
          {showClient && task.clientId && (
            <Link href={`/clients/${task.clientId}`}>{task.clientName ?? 'Client'}</Link>
          )}
          {task.assignee && (
            <span>
              <User size={12} aria-hidden="true" /> {task.assignee.name}
            </span>
          )}
        </p>
        {toggle.error && (
          <p className="field-error" role="alert">
            {toggle.error.message}
          </p>
        )}
      </div>
      {task.dueOn && (
        <span className={dueClass}>
          <CalendarDays size={13} aria-hidden="true" />
          {task.dueOn === today ? 'Today' : formatCalendarDate(task.dueOn)}
          {task.isOverdue && !done && <span className="visually-hidden"> (overdue)</span>}
        </span>
      )}
    </li>
  );
}
