import { useQuery } from '@tanstack/react-query';
import {
  ArrowDownUp,
  LifeBuoy,
  ListChecks,
  type LucideIcon,
  Mail,
  PhoneIncoming,
  Receipt,
  ScrollText,
  Settings,
  Siren,
  Sun,
  Users,
} from 'lucide-react';
import { useId } from 'react';
import { Link, useLocation } from 'wouter';
import { todayApi } from '../../api/tasks.ts';
import type { Role } from '../../api/types.ts';
import { useSession } from '../auth/session.tsx';

interface NavItem {
  to: string;
  label: string;
  icon: LucideIcon;
  /** Who sees the link; everyone when left out. The API refuses the others anyway. */
  roles?: Role[];
}

const ITEMS: NavItem[] = [
  { to: '/', label: 'Today', icon: Sun },
  { to: '/clients', label: 'Clients', icon: Users },
  { to: '/callbacks', label: 'Callbacks', icon: PhoneIncoming },
  { to: '/tasks', label: 'Tasks', icon: ListChecks },
  { to: '/billing', label: 'Billing', icon: Receipt, roles: ['owner', 'staff'] },
  { to: '/saves', label: 'Save desk', icon: LifeBuoy, roles: ['owner', 'staff'] },
  { to: '/disruptions', label: 'Hard times', icon: Siren },
];

const ADMIN_ITEMS: NavItem[] = [
  { to: '/clients/import', label: 'Import & export', icon: ArrowDownUp, roles: ['owner', 'staff'] },
  { to: '/outbox', label: 'Outbox', icon: Mail, roles: ['owner', 'staff'] },
  { to: '/audit', label: 'Audit log', icon: ScrollText, roles: ['owner'] },
  { to: '/settings', label: 'Settings', icon: Settings },
];

const ALL_ITEMS = [...ITEMS, ...ADMIN_ITEMS];

/** The link for a location: the most specific one, so /clients/import is not also Clients. */
function activeItem(location: string): string | undefined {
  const matches = ALL_ITEMS.filter((item) =>
    item.to === '/' ? location === '/' : location === item.to || location.startsWith(`${item.to}/`),
  );
  return matches.sort((a, b) => b.to.length - a.to.length)[0]?.to;
}

/** The main navigation, then the workspace's own pages; Callbacks carries a loud overdue count. */
export function NavLinks() {
  const { user } = useSession();
  const [location] = useLocation();
  const today = useQuery({ queryKey: ['today'], queryFn: todayApi.get, refetchInterval: 60_000 });
  const overdue = today.data?.counts.overdueCallbacks ?? 0;
  const active = activeItem(location);
  const headingId = useId();
  const visible = (item: NavItem) => !item.roles || item.roles.includes(user.role);
  const link = (item: NavItem) => (
    <li key={item.to}>
      <Link
        href={item.to}
        className={`nav-link${item.to === active ? ' nav-link-active' : ''}`}
        aria-current={item.to === active ? 'page' : undefined}
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
  );
  return (
    <>
      <ul className="nav-list">{ITEMS.filter(visible).map(link)}</ul>
      <p className="nav-heading" id={headingId}>
        Workspace
      </p>
      <ul className="nav-list" aria-labelledby={headingId}>
        {ADMIN_ITEMS.filter(visible).map(link)}
      </ul>
    </>
  );
}
