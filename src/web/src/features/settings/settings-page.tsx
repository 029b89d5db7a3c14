import { Building2, KeyRound, LifeBuoy, Lock, type LucideIcon, Users } from 'lucide-react';
import { Link } from 'wouter';
import { PageHeader } from '../../components/page-header.tsx';
import { useSession } from '../auth/session.tsx';
import { SavePolicyTab } from './save-policy-tab.tsx';
import { TokensTab } from './tokens-tab.tsx';
import { UsersTab } from './users-tab.tsx';
import { WorkspaceTab } from './workspace-tab.tsx';

type Tab = 'workspace' | 'users' | 'save-policy' | 'tokens';

const TABS: { id: Tab; label: string; icon: LucideIcon }[] = [
  { id: 'workspace', label: 'Workspace', icon: Building2 },
  { id: 'users', label: 'Users & roles', icon: Users },
  { id: 'save-policy', label: 'Save policy', icon: LifeBuoy },
  { id: 'tokens', label: 'API tokens', icon: KeyRound },
];

/** The workspace, its people and script access, one section per URL (`/settings/:tab`). */
export function SettingsPage({ tab }: { tab: string }) {
  const { user } = useSession();
  const current: Tab = TABS.some((item) => item.id === tab) ? (tab as Tab) : 'workspace';
  const isOwner = user.role === 'owner';
  return (
    <div className="page page-narrow">
      <PageHeader title="Settings" subtitle="Your workspace, your team, and access for scripts." />
      <nav className="settings-tabs" aria-label="Settings sections">
        {TABS.map((item) => (
          <Link
            key={item.id}
            href={`/settings/${item.id}`}
            className="settings-tab"
            aria-current={item.id === current ? 'page' : undefined}
          >
            <item.icon size={16} aria-hidden="true" />
            {item.label}
          </Link>
        ))}
      </nav>
      {!isOwner && current !== 'tokens' && (
        <p className="banner banner-info settings-readonly">
          <Lock size={16} aria-hidden="true" />
          Only the workspace owner can change {current === 'users' ? 'users and roles' : 'these settings'}.
          You can see them here.
        </p>
      )}
      {current === 'workspace' && <WorkspaceTab canEdit={isOwner} />}
      {current === 'users' && <UsersTab canEdit={isOwner} />}
      {current === 'save-policy' && <SavePolicyTab canEdit={isOwner} />}
      {current === 'tokens' && <TokensTab />}
    </div>
  );
}
