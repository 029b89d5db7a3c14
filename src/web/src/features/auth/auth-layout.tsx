import type { ReactNode } from 'react';
import { Logo } from '../../components/logo.tsx';

/** The frame of the signed-out screens: the brand, one card, a line on what Rapport is. */
export function AuthLayout({
  title,
  intro,
  children,
}: {
  title: string;
  intro: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="auth-page">
      <main className="auth-card" id="main">
        <Logo />
        <h1>{title}</h1>
        <p className="muted">{intro}</p>
        {children}
      </main>
      <p className="auth-footnote">Rapport keeps every client answered, informed and looked after.</p>
    </div>
  );
}
