import { Temporal } from 'temporal-polyfill';

/**
 * Where an open task stands against a calendar date. Due dates are plain dates, so a
 * task is overdue only once its whole due day has passed in the workspace's zone.
 */
export type TaskDueState = 'done' | 'undated' | 'overdue' | 'today' | 'upcoming';

export interface DatedTask {
  /** 'YYYY-MM-DD' or null for a task with no due date. */
  dueOn: string | null;
  doneAt: Date | null;
}

/** `today` is the workspace's date (see `todayIn`); the clock stays with the caller. */
export function taskDueState(task: DatedTask, today: string): TaskDueState {
  if (task.doneAt !== null) return 'done';
  if (task.dueOn === null) return 'undated';
  const order = Temporal.PlainDate.compare(
    Temporal.PlainDate.from(task.dueOn),
    Temporal.PlainDate.from(today),
  );
  if (order < 0) return 'overdue';
  return order === 0 ? 'today' : 'upcoming';
}

export function isTaskOverdue(task: DatedTask, today: string): boolean {
  return taskDueState(task, today) === 'overdue';
}
