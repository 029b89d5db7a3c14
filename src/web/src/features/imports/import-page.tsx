import { ArrowLeft, Lock } from 'lucide-react';
import { Link } from 'wouter';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useSession } from '../auth/session.tsx';
import { ExportSection } from './export-section.tsx';
import { ImportFlow } from './import-flow.tsx';

/** Clients in from a spreadsheet (checked first, all or nothing), and everything out as CSV. */
export function ImportPage() {
  const { user } = useSession();
  return (
    <div className="page page-narrow">
      <Link href="/clients" className="back-link">
        <ArrowLeft size={14} aria-hidden="true" /> Clients
      </Link>
      <PageHeader
        title="Import & export"
        subtitle="Bring your clients over from a spreadsheet, or take your data with you."
      />
      {user.role === 'stand_in' ? (
        <section className="card">
          <EmptyState icon={Lock} title="Import and export are for the owner and staff">
            As a stand-in you work with the clients assigned to you. Ask the owner if you need a file.
          </EmptyState>
        </section>
      ) : (
        <div className="settings-stack">
          <ImportFlow />
          <ExportSection />
        </div>
      )}
    </div>
  );
}
