import { Compass } from 'lucide-react';
import { Link, Route, Switch } from 'wouter';
import { EmptyState } from './components/empty-state.tsx';
import { AuditPage } from './features/audit/audit-page.tsx';
import { BillingPage } from './features/billing/billing-page.tsx';
import { CallbacksPage } from './features/callbacks/callbacks-page.tsx';
import { ClientPage } from './features/client/client-page.tsx';
import { ClientsPage } from './features/clients/clients-page.tsx';
import { DisruptionPage } from './features/disruptions/disruption-page.tsx';
import { DisruptionsPage } from './features/disruptions/disruptions-page.tsx';
import { ImportPage } from './features/imports/import-page.tsx';
import { InvoicePage } from './features/invoices/invoice-page.tsx';
import { OutboxPage } from './features/outbox/outbox-page.tsx';
import { NewCallPage, SaveCasePage } from './features/saves/call-page.tsx';
import { SavesPage } from './features/saves/saves-page.tsx';
import { SettingsPage } from './features/settings/settings-page.tsx';
import { TasksPage } from './features/tasks/tasks-page.tsx';
import { TodayPage } from './features/today/today-page.tsx';

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={TodayPage} />
      <Route path="/clients" component={ClientsPage} />
      <Route path="/clients/import" component={ImportPage} />
      <Route path="/clients/:id">{(params) => <ClientPage id={params.id} />}</Route>
      <Route path="/clients/:id/save">{(params) => <NewCallPage clientId={params.id} />}</Route>
      <Route path="/saves" component={SavesPage} />
      <Route path="/saves/:id">{(params) => <SaveCasePage id={params.id} />}</Route>
      <Route path="/disruptions" component={DisruptionsPage} />
      <Route path="/disruptions/:id/:tab?">
        {(params) => <DisruptionPage id={params.id} tab={params.tab ?? 'board'} />}
      </Route>
      <Route path="/outbox" component={OutboxPage} />
      <Route path="/callbacks" component={CallbacksPage} />
      <Route path="/tasks" component={TasksPage} />
      <Route path="/settings/:tab?">{(params) => <SettingsPage tab={params.tab ?? 'workspace'} />}</Route>
      <Route path="/audit" component={AuditPage} />
      <Route path="/billing/:tab?">{(params) => <BillingPage tab={params.tab ?? 'invoices'} />}</Route>
      <Route path="/invoices/:id">{(params) => <InvoicePage id={params.id} />}</Route>
      <Route>
        <div className="page">
          <EmptyState
            icon={Compass}
            title="This page does not exist"
            action={<Link href="/">Go to Today</Link>}
          >
            The link may be old, or the address mistyped.
          </EmptyState>
        </div>
      </Route>
    </Switch>
  );
}
