import {
  CalendarClock,
  ClipboardCheck,
  Gift,
  LayoutGrid,
  Link2,
  type LucideIcon,
  Route as RouteIcon,
  Users,
} from 'lucide-react';
import type { ComponentType } from 'react';
import { Link } from 'wouter';
import type { Role } from '../../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { BoardTab } from './board-tab.tsx';
import { ClientPagesTab } from './client-pages-tab.tsx';
import { ClientsTab } from './clients-tab.tsx';
import { DisruptionHeader } from './disruption-header.tsx';
import { OversightTab } from './oversight-tab.tsx';
import { PlanTab } from './plan-tab.tsx';
import { ThanksTab } from './thanks-tab.tsx';
import { TimeFrameTab } from './time-frame-tab.tsx';

interface Tab {
  id: string;
  label: string;
  icon: LucideIcon;
  component: ComponentType<{ disruptionId: string }>;
  /** Who sees the tab; everyone when left out. The API refuses the others anyway. */
  roles?: Role[];
}

// The six steps, in the article's order, after the board that shows them all at once.
const TABS: Tab[] = [
  { id: 'board', label: 'Board', icon: LayoutGrid, component: BoardTab },
  { id: 'clients', label: 'Clients', icon: Users, component: ClientsTab },
  { id: 'oversight', label: 'Stand-ins & reports', icon: ClipboardCheck, component: OversightTab },
  { id: 'time-frame', label: 'Time frame', icon: CalendarClock, component: TimeFrameTab },
  { id: 'plan', label: 'Plan & meetings', icon: RouteIcon, component: PlanTab },
  { id: 'thanks', label: 'Thank-yous', icon: Gift, component: ThanksTab, roles: ['owner', 'staff'] },
  { id: 'pages', label: 'Client pages', icon: Link2, component: ClientPagesTab, roles: ['owner', 'staff'] },
];

/** `/disruptions/:id/:tab?` — one disruption: the board, then each step's own tab. */
export function DisruptionPage({ id, tab }: { id: string; tab: string }) {
  const { user } = useSession();
  const tabs = TABS.filter((item) => !item.roles || item.roles.includes(user.role));
  const current = tabs.find((item) => item.id === tab) ?? tabs[0];
  if (!current) return null;
  return (
    <div className="page">
      <DisruptionHeader disruptionId={id} />
      <nav className="settings-tabs" aria-label="Disruption sections">
        {tabs.map((item) => (
          <Link
            key={item.id}
            href={item.id === 'board' ? `/disruptions/${id}` : `/disruptions/${id}/${item.id}`}
            className="settings-tab"
            aria-current={item.id === current.id ? 'page' : undefined}
          >
            <item.icon size={16} aria-hidden="true" />
            {item.label}
          </Link>
        ))}
      </nav>
      <current.component disruptionId={id} />
    </div>
  );
}
