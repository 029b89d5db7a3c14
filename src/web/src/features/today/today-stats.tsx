import type { Today } from '../../api/types.ts';

/** The day's numbers; overdue callbacks turn red as soon as there is one. */
export function TodayStats({ counts }: { counts: Today['counts'] }) {
  const stats = [
    {
      label: 'Overdue callbacks',
      value: counts.overdueCallbacks,
      tone: counts.overdueCallbacks > 0 ? 'danger' : 'calm',
    },
    { label: 'Open callbacks', value: counts.openCallbacks, tone: 'calm' },
    { label: 'Open tasks', value: counts.openTasks, tone: 'calm' },
    {
      label: 'Active clients',
      value: counts.activeClients,
      tone: 'calm',
      note: `of ${counts.clients.toLocaleString()}`,
    },
  ];
  return (
    <dl className="stats">
      {stats.map((stat) => (
        <div key={stat.label} className={`stat stat-${stat.tone}`}>
          <dt>{stat.label}</dt>
          <dd>
            <span className="tabular">{stat.value.toLocaleString()}</span>
            {stat.note && <span className="stat-note">{stat.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
