import { agreementRoutes } from '../features/agreements/routes.ts';
import { auditRoutes } from '../features/audit/routes.ts';
import { authRoutes } from '../features/auth/routes.ts';
import { billingRunRoutes } from '../features/billing-runs/routes.ts';
import { callbackRoutes } from '../features/callbacks/routes.ts';
import { clientRoutes } from '../features/clients/routes.ts';
import { exportRoutes } from '../features/exports/routes.ts';
import { importRoutes } from '../features/imports/routes.ts';
import { interactionRoutes } from '../features/interactions/routes.ts';
import { invoiceRoutes } from '../features/invoices/routes.ts';
import { ledgerRoutes } from '../features/ledger/routes.ts';
import { paymentRoutes } from '../features/payments/routes.ts';
import { planRoutes } from '../features/plans/routes.ts';
import { policyRoutes } from '../features/policy/routes.ts';
import { saveRoutes } from '../features/saves/routes.ts';
import { settingsRoutes } from '../features/settings/routes.ts';
import { taskRoutes } from '../features/tasks/routes.ts';
import { todayRoutes } from '../features/today/routes.ts';
import { tokenRoutes } from '../features/tokens/routes.ts';
import { userRoutes } from '../features/users/routes.ts';
import type { App, RouteDeps } from './types.ts';

/** Every feature's routes, in one list, so the API surface is visible at a glance. */
export function registerFeatureRoutes(app: App, deps: RouteDeps): void {
  authRoutes(app, deps);
  clientRoutes(app, deps);
  interactionRoutes(app, deps);
  callbackRoutes(app, deps);
  settingsRoutes(app, deps);
  taskRoutes(app, deps);
  todayRoutes(app, deps);
  auditRoutes(app, deps);
  userRoutes(app, deps);
  tokenRoutes(app, deps);
  importRoutes(app, deps);
  exportRoutes(app, deps);
  planRoutes(app, deps);
  agreementRoutes(app, deps);
  billingRunRoutes(app, deps);
  invoiceRoutes(app, deps);
  paymentRoutes(app, deps);
  ledgerRoutes(app, deps);
  policyRoutes(app, deps);
  saveRoutes(app, deps);
}
