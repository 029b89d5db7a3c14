import { expect } from 'vitest';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { billedClient } from '../invoices/billing-test-fixtures.ts';

/** The test clock's date; the workspace is in UTC. */
export const TODAY = '2026-11-23';

/** Test aid: a workspace with its owner signed in, and the calls payment tests make. */
export async function openPaymentsDesk() {
  const t: TestApp = await startTestApp();
  const setup = await setupOwner(t);
  const owner: ApiClient = setup.api;
  const workspaceId: string = setup.me.workspace.id;
  return {
    t,
    owner,
    workspaceId,
    bill: (priceMinor: number, startsOn: string) =>
      billedClient(t, owner, workspaceId, { priceMinor, startsOn, through: TODAY }),
    pay: (body: Record<string, unknown>) => owner.post('/api/v1/payments', body),
    invoice: async (id: string) => (await owner.get(`/api/v1/invoices/${id}`)).body,
    balance: async (clientId: string) => (await owner.get(`/api/v1/clients/${clientId}/balance`)).body,
    accounts: async () => {
      const response = await owner.get('/api/v1/ledger/balances');
      expect(response.status).toBe(200);
      return Object.fromEntries(
        response.body.accounts.map((a: { code: string; balanceMinor: number }) => [a.code, a.balanceMinor]),
      ) as Record<string, number>;
    },
  };
}

export type PaymentsDesk = Awaited<ReturnType<typeof openPaymentsDesk>>;
