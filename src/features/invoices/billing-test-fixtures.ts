// Test aids for the invoice, payment and ledger tests: billed clients made through the
// API (agreement + billing run), row counts to prove a refusal wrote nothing, and a
// second workspace to prove isolation. Not imported by the application.
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { insertClient, insertUser } from '../../../test/support/factories.ts';
import { type ApiClient, signIn, type TestApp } from '../../../test/support/test-app.ts';
import { DEFAULT_RESPONSE_POLICY } from '../../core/callbacks/response-policy.ts';
import { queryRows } from '../../db/query-rows.ts';
import { workspaces } from '../../db/schema/index.ts';

export interface BilledInvoice {
  id: string;
  number: number;
  periodIndex: number;
  totalMinor: number;
  issuedOn: string;
  dueOn: string;
  status: string;
}

export interface BilledClient {
  clientId: string;
  agreementId: string;
  /** Oldest period first. */
  invoices: BilledInvoice[];
}

/**
 * A new client (or the one given) on a monthly agreement at `priceMinor` from `startsOn`,
 * billed by a billing run through `through` (which bills every agreement of the workspace).
 */
export async function billedClient(
  t: TestApp,
  owner: ApiClient,
  workspaceId: string,
  options: { priceMinor: number; startsOn: string; through: string; name?: string; clientId?: string },
): Promise<BilledClient> {
  const client = options.clientId
    ? { id: options.clientId }
    : await insertClient(t.database.db, workspaceId, options.name ? { name: options.name } : {});
  const agreement = await owner.post('/api/v1/agreements', {
    clientId: client.id,
    description: 'Monthly retainer',
    priceMinor: options.priceMinor,
    interval: 'month',
    startsOn: options.startsOn,
  });
  expect(agreement.status, JSON.stringify(agreement.body)).toBe(201);
  const run = await owner.post('/api/v1/billing/runs', { through: options.through });
  expect(run.status, JSON.stringify(run.body)).toBe(201);
  return {
    clientId: client.id,
    agreementId: agreement.body.id,
    invoices: await invoicesOfAgreement(owner, agreement.body.id),
  };
}

/** The agreement's invoices through the API, oldest period first. */
export async function invoicesOfAgreement(owner: ApiClient, agreementId: string): Promise<BilledInvoice[]> {
  const listed = await owner.get(`/api/v1/invoices?agreementId=${agreementId}&limit=200`);
  expect(listed.status, JSON.stringify(listed.body)).toBe(200);
  return (listed.body.items as BilledInvoice[]).reverse();
}

const COUNTED = [
  'invoices',
  'invoice_lines',
  'payments',
  'payment_allocations',
  'journal_entries',
  'journal_lines',
  'audit_log',
] as const;

/** Row counts of every billing table, plus the invoices' paid and status: a refusal must change none. */
export async function billingFingerprint(t: TestApp): Promise<Record<string, unknown>> {
  const counts: Record<string, unknown> = {};
  for (const table of COUNTED) {
    const [row] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    counts[table] = row?.n ?? 0;
  }
  counts.invoiceStates = await queryRows(
    t.database.db,
    sql`select id, paid_minor::text, status::text from invoices order by id`,
  );
  return counts;
}

/** A second workspace with its own owner, signed in: it must see nothing of the first. */
export async function otherWorkspaceOwner(t: TestApp, name = 'Elsewhere Ltd'): Promise<ApiClient> {
  const [workspace] = await t.database.db
    .insert(workspaces)
    .values({ id: crypto.randomUUID(), name, responsePolicy: DEFAULT_RESPONSE_POLICY })
    .returning();
  if (!workspace) throw new Error('workspace insert returned nothing');
  const { user, password } = await insertUser(t.database.db, workspace.id, 'owner');
  return signIn(t, user.email, password);
}

/** A signed-in user of `role` in the workspace. */
export async function signedInAs(
  t: TestApp,
  workspaceId: string,
  role: 'staff' | 'stand_in' | 'owner',
): Promise<ApiClient> {
  const { user, password } = await insertUser(t.database.db, workspaceId, role);
  return signIn(t, user.email, password);
}
