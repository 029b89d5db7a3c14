import { useQuery } from '@tanstack/react-query';
import { ListChecks, type LucideIcon, PhoneIncoming, ScrollText, Settings, Sun, Users } from 'lucide-react';
import { Link, useLocation } from 'wouter';
import { todayApi } from '../../api/tasks.ts';
import { useSession } from '../auth/session.tsx';

interface NavItem {
  to: string;
  label: string;
  icon: LucideIcon;
  ownerOnly?: boolean;
}

const ITEMS: NavItem[] = [
  { to: '/', label: 'Today', icon: Sun },
  { to: '/clients', label: 'Clients', icon: Users },
  { to: '/callbacks', label: 'Callbacks', icon: PhoneIncoming },
  { to: '/tasks', label: 'Tasks', icon: ListChecks },
  { to: '/settings', label: 'Settings', icon: Settings },
  { to: '/audit', label: 'Audit log', icon: ScrollText, ownerOnly: true },
];

/** The main navigation; Callbacks carries a loud count of the overdue ones. */
export function NavLinks() {
  const { user } = useSession();
  const [location] = useLocation();
  const today = useQuery({ queryKey: ['today'], queryFn: todayApi.get, refetchInterval: 60_000 });
  const overdue = today.data?.counts.overdueCallbacks ?? 0;
  const isActive = (to: string) => (to === '/' ? location === '/' : location.startsWith(to));
  return (
    <ul className="nav-list">
      {ITEMS.filter((item) => !item.ownerOnly || user.role === 'owner').map((item) => (
        <li key={item.to}>
          <Link
            href={item.to}
            className={`nav-link${isActive(item.to) ? ' nav-link-active' : ''}`}
            aria-current={isActive(item.to) ? 'page' : undefined}
          >
            <item.icon size={18} aria-hidden="true" />
            <span>{item.label}</span>
            {item.to === '/callbacks' && overdue > 0 && (
              <span className="nav-badge" title={`${overdue} overdue`}>
                {overdue}
                <span className="visually-hidden"> overdue</span>
              </span>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}
