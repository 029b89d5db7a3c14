import { AlarmClock, CircleCheck, Clock } from 'lucide-react';
import type { Callback } from '../../api/types.ts';
import { formatDuration, formatRelative } from '../../lib/format.ts';
import { useNow } from '../../lib/use-now.ts';

/** "Overdue by 3 h" in red, "Due in 2 hours" in amber, or "Answered" in green. */
export function DueLabel({ callback, overdue }: { callback: Callback; overdue: boolean }) {
  const now = useNow();
  if (callback.answeredAt) {
    return (
      <span className="badge badge-success">
        <CircleCheck size={13} aria-hidden="true" /> Answered {formatRelative(callback.answeredAt, now)}
      </span>
    );
  }
  const dueIn = new Date(callback.dueAt).getTime() - now;
  if (overdue) {
    return (
      <span className="badge badge-danger">
        <AlarmClock size={13} aria-hidden="true" /> Overdue by {formatDuration(dueIn)}
      </span>
    );
  }
  return (
    <span className="badge badge-warning">
      <Clock size={13} aria-hidden="true" /> Due {formatRelative(callback.dueAt, now)}
    </span>
  );
}
