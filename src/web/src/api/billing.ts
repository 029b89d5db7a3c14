import type {
  Aging,
  Agreement,
  AgreementPreview,
  AgreementStatus,
  BillingInterval,
  BillingRun,
  ClientBalance,
  Invoice,
  InvoiceDetail,
  InvoiceState,
  Payment,
  PaymentMethod,
  Plan,
  VoidInvoiceResult,
} from './billing-types.ts';
import { api } from './client.ts';
import type { Page } from './types.ts';

// Every amount sent or received here is integer minor units of the workspace currency.

export interface PlanInput {
  name: string;
  priceMinor: number;
  interval: BillingInterval;
}

export const plansApi = {
  list: (includeArchived = false) =>
    api<{ items: Plan[] }>('/plans', { query: { includeArchived: String(includeArchived) } }),
  create: (input: PlanInput) => api<Plan>('/plans', { method: 'POST', body: input }),
  update: (id: string, patch: Partial<Omit<PlanInput, 'interval'>> & { archived?: boolean }) =>
    api<Plan>(`/plans/${id}`, { method: 'PATCH', body: patch }),
};

export interface AgreementInput {
  clientId: string;
  planId?: string;
  description?: string;
  priceMinor?: number;
  interval?: BillingInterval;
  startsOn: string;
  /** The last day of a period; null for open-ended. */
  termEnd?: string | null;
}

export const agreementsApi = {
  list: (params: { clientId?: string; status?: AgreementStatus; limit?: number; cursor?: string }) =>
    api<Page<Agreement>>('/agreements', { query: { ...params } }),
  get: (id: string) => api<Agreement>(`/agreements/${id}`),
  create: (input: AgreementInput) => api<Agreement>('/agreements', { method: 'POST', body: input }),
  preview: (id: string, fromPeriod: number | undefined, count = 12) =>
    api<AgreementPreview>(`/agreements/${id}/preview`, { query: { fromPeriod, count } }),
  cancel: (id: string, input: { effectiveOn?: string; reason?: string }) =>
    api<Agreement>(`/agreements/${id}/cancel`, { method: 'POST', body: input }),
};

export const billingRunsApi = {
  list: (cursor?: string) => api<Page<BillingRun>>('/billing/runs', { query: { limit: 20, cursor } }),
  run: (through?: string) => api<BillingRun>('/billing/runs', { method: 'POST', body: { through } }),
};

export interface InvoiceListParams {
  status?: InvoiceState | '';
  clientId?: string;
  agreementId?: string;
  overdue?: 'true' | '';
  cursor?: string;
  limit?: number;
}

export const invoicesApi = {
  list: (params: InvoiceListParams, signal?: AbortSignal) =>
    api<Page<Invoice>>('/invoices', { query: { limit: 50, ...params }, signal }),
  get: (id: string) => api<InvoiceDetail>(`/invoices/${id}`),
  aging: (asOf?: string) => api<Aging>('/invoices/aging', { query: { asOf } }),
  void: (id: string, input: { reason: string; unallocate?: boolean; reissue?: boolean }) =>
    api<VoidInvoiceResult>(`/invoices/${id}/void`, { method: 'POST', body: input }),
};

export interface PaymentInput {
  clientId: string;
  amountMinor: number;
  method: PaymentMethod;
  receivedOn: string;
  reference?: string;
  note?: string;
  /** Which invoices it pays, in order; left out, the client's open invoices oldest first. */
  allocations?: { invoiceId: string; amountMinor?: number }[];
  exchangeFeeMinor?: number;
}

export const paymentsApi = {
  record: (input: PaymentInput) => api<Payment>('/payments', { method: 'POST', body: input }),
  list: (params: { clientId?: string; cursor?: string; limit?: number }) =>
    api<Page<Payment>>('/payments', { query: { ...params } }),
  balance: (clientId: string) => api<ClientBalance>(`/clients/${clientId}/balance`),
};
