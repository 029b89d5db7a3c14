import { Menu, X } from 'lucide-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { Logo } from '../../components/logo.tsx';
import { useSession } from '../auth/session.tsx';
import { NavLinks } from './nav-links.tsx';
import { UserMenu } from './user-menu.tsx';

/** Skip link, the side navigation (a drawer on phones) and the main landmark. */
export function AppShell({ children }: { children: ReactNode }) {
  const { workspace } = useSession();
  const [location] = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);

  // Following a link closes the drawer on phones.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation
  useEffect(() => setDrawerOpen(false), [location]);
  useEffect(() => {
    if (!drawerOpen) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setDrawerOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [drawerOpen]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <button
          type="button"
          className="icon-button"
          aria-label={drawerOpen ? 'Close menu' : 'Open menu'}
          aria-expanded={drawerOpen}
          aria-controls="sidebar"
          onClick={() => setDrawerOpen((open) => !open)}
        >
          {drawerOpen ? <X size={20} aria-hidden="true" /> : <Menu size={20} aria-hidden="true" />}
        </button>
        <Logo name={workspace.name} />
      </header>
      <aside id="sidebar" className={`sidebar${drawerOpen ? ' sidebar-open' : ''}`}>
        <div className="sidebar-brand">
          <Logo />
          <p className="sidebar-workspace" title={workspace.name}>
            {workspace.name}
          </p>
        </div>
        <nav aria-label="Main">
          <NavLinks />
        </nav>
        <UserMenu />
      </aside>
      {drawerOpen && (
        <button
          type="button"
          className="scrim"
          aria-label="Close menu"
          onClick={() => setDrawerOpen(false)}
        />
      )}
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
