import { useQuery } from '@tanstack/react-query';
import { todayApi } from '../../api/tasks.ts';
import type { Today } from '../../api/types.ts';
import { formatMoney, plural } from '../../lib/format.ts';

interface Stat {
  label: string;
  value: string;
  tone: 'danger' | 'calm' | 'money';
  note?: string;
}

/**
 * The day's numbers; overdue callbacks turn red as soon as there is one. Monthly
 * recurring revenue comes last — the money second — and only for those who see money
 * (Today's `mrr` is null for a stand-in). It is read from the same cached Today query.
 */
export function TodayStats({ counts }: { counts: Today['counts'] }) {
  const today = useQuery({ queryKey: ['today'], queryFn: todayApi.get });
  const mrr = today.data?.mrr ?? null;
  const stats: Stat[] = [
    {
      label: 'Overdue callbacks',
      value: counts.overdueCallbacks.toLocaleString(),
      tone: counts.overdueCallbacks > 0 ? 'danger' : 'calm',
    },
    { label: 'Open callbacks', value: counts.openCallbacks.toLocaleString(), tone: 'calm' },
    { label: 'Open tasks', value: counts.openTasks.toLocaleString(), tone: 'calm' },
    {
      label: 'Active clients',
      value: counts.activeClients.toLocaleString(),
      tone: 'calm',
      note: `of ${counts.clients.toLocaleString()}`,
    },
  ];
  if (mrr) {
    stats.push({
      label: 'Monthly recurring revenue',
      value: formatMoney(mrr.amountMinor, mrr.currency),
      tone: 'money',
      note: plural(mrr.agreements, 'agreement'),
    });
  }
  return (
    <dl className={`stats${mrr ? ' stats-with-money' : ''}`}>
      {stats.map((stat) => (
        <div key={stat.label} className={`stat stat-${stat.tone}`}>
          <dt>{stat.label}</dt>
          <dd>
            <span className="tabular">{stat.value}</span>
            {stat.note && <span className="stat-note">{stat.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
