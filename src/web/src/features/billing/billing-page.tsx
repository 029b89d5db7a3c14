import { BarChart3, FileText, Lock, type LucideIcon, PlayCircle, Tags } from 'lucide-react';
import { Link } from 'wouter';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useSession } from '../auth/session.tsx';
import { AgingTab } from './aging-tab.tsx';
import { InvoicesTab } from './invoices-tab.tsx';
import { PlansTab } from './plans-tab.tsx';
import { RunsTab } from './runs-tab.tsx';

type Tab = 'invoices' | 'aging' | 'plans' | 'runs';

const TABS: { id: Tab; label: string; icon: LucideIcon }[] = [
  { id: 'invoices', label: 'Invoices', icon: FileText },
  { id: 'aging', label: 'Aging', icon: BarChart3 },
  { id: 'plans', label: 'Plans', icon: Tags },
  { id: 'runs', label: 'Runs', icon: PlayCircle },
];

/** Money, second: invoices, what is owed and for how long, the price list and billing runs. */
export function BillingPage({ tab }: { tab: string }) {
  const { user } = useSession();
  const current: Tab = TABS.some((item) => item.id === tab) ? (tab as Tab) : 'invoices';
  if (user.role === 'stand_in') {
    return (
      <div className="page">
        <EmptyState icon={Lock} title="Billing is for the owner and staff">
          While you stand in, you see the clients assigned to you; their invoices stay with the team.
        </EmptyState>
      </div>
    );
  }
  return (
    <div className="page">
      <PageHeader
        title="Billing"
        subtitle="Invoices, what clients owe and for how long, your price list and billing runs."
      />
      <nav className="settings-tabs" aria-label="Billing sections">
        {TABS.map((item) => (
          <Link
            key={item.id}
            href={item.id === 'invoices' ? '/billing' : `/billing/${item.id}`}
            className="settings-tab"
            aria-current={item.id === current ? 'page' : undefined}
          >
            <item.icon size={16} aria-hidden="true" />
            {item.label}
          </Link>
        ))}
      </nav>
      {current === 'invoices' && <InvoicesTab />}
      {current === 'aging' && <AgingTab />}
      {current === 'plans' && <PlansTab canEdit={user.role === 'owner'} />}
      {current === 'runs' && <RunsTab canRun={user.role === 'owner'} />}
    </div>
  );
}
