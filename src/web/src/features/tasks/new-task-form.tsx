import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { usersApi } from '../../api/admin.ts';
import { tasksApi } from '../../api/tasks.ts';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { useToast } from '../../components/toaster.tsx';
import { refreshRelationship } from '../../lib/invalidate.ts';
import { useSession } from '../auth/session.tsx';

/** A one-line "add a task" form: title, due date, assignee; optionally tied to a client. */
export function NewTaskForm({ clientId, compact }: { clientId?: string; compact?: boolean }) {
  const { user } = useSession();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [assignee, setAssignee] = useState(user.id);
  const users = useQuery({ queryKey: ['users'], queryFn: usersApi.list, enabled: !compact });
  const create = useMutation({
    mutationFn: () =>
      tasksApi.create({
        title,
        dueOn: dueOn || null,
        clientId: clientId ?? null,
        assigneeUserId: assignee || null,
      }),
    onSuccess: async () => {
      toast('Task added');
      setTitle('');
      setDueOn('');
      await refreshRelationship(queryClient, clientId);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim()) create.mutate();
  };
  return (
    <form
      className={`task-form${compact ? ' task-form-compact' : ''}`}
      onSubmit={submit}
      aria-label="Add a task"
    >
      <ErrorBanner error={create.error} fields={compact ? [] : ['title', 'dueOn']} />
      <div className="task-form-fields">
        <label className="visually-hidden" htmlFor={`task-title-${clientId ?? 'any'}`}>
          Task
        </label>
        <input
          id={`task-title-${clientId ?? 'any'}`}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          placeholder={compact ? 'Add a task…' : 'What needs doing?'}
          aria-invalid={fieldError(create.error, 'title') ? true : undefined}
        />
        <label className="visually-hidden" htmlFor={`task-due-${clientId ?? 'any'}`}>
          Due date
        </label>
        <input
          id={`task-due-${clientId ?? 'any'}`}
          type="date"
          value={dueOn}
          onChange={(event) => setDueOn(event.target.value)}
          className="task-form-date"
        />
        {!compact && (
          <>
            <label className="visually-hidden" htmlFor="task-assignee">
              Assignee
            </label>
            <select id="task-assignee" value={assignee} onChange={(event) => setAssignee(event.target.value)}>
              <option value="">Unassigned</option>
              {(users.data ?? [{ id: user.id, name: user.name, disabled: false }])
                .filter((person) => !person.disabled)
                .map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.id === user.id ? `${person.name} (me)` : person.name}
                  </option>
                ))}
            </select>
          </>
        )}
        <button type="submit" className="btn btn-primary" disabled={create.isPending || !title.trim()}>
          <Plus size={16} aria-hidden="true" /> Add
        </button>
      </div>
    </form>
  );
}
