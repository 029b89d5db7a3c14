import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { errorResponse, idParams } from '../shared/fields.ts';
import { getInvoice } from './get-invoice.ts';
import { listInvoices } from './list-invoices.ts';
import { receivablesAging } from './receivables-aging.ts';
import { refuseInvoiceEdit } from './refuse-invoice-edit.ts';
import {
  agingQuery,
  agingView,
  invoiceDetailView,
  invoicePage,
  listInvoicesQuery,
  voidInvoiceBody,
  voidInvoiceResult,
} from './schemas.ts';
import { voidInvoice } from './void-invoice.ts';

const tags = ['billing'];

export function invoiceRoutes(app: App, { database, now }: RouteDeps): void {
  const { db } = database;

  app.get(
    '/api/v1/invoices',
    {
      schema: {
        tags,
        summary: 'Invoices, newest first, with what is paid, outstanding and overdue',
        querystring: listInvoicesQuery,
        response: { 200: invoicePage },
      },
    },
    async (request) => listInvoices(db, actorOf(request), request.query, now()),
  );

  // Registered before /:id: "aging" is not an invoice id.
  app.get(
    '/api/v1/invoices/aging',
    {
      schema: {
        tags,
        summary:
          'Receivables aging: current, 1–30, 31–60, 61–90 and 90+ days past due, in total and per client',
        querystring: agingQuery,
        response: { 200: agingView },
      },
    },
    async (request) => receivablesAging(db, actorOf(request), request.query, now()),
  );

  app.get(
    '/api/v1/invoices/:id',
    {
      schema: {
        tags,
        summary: 'An invoice with its lines, payments and journal entries',
        params: idParams,
        response: { 200: invoiceDetailView },
      },
    },
    async (request) => getInvoice(db, actorOf(request), request.params.id, now()),
  );

  app.post(
    '/api/v1/invoices/:id/void',
    {
      schema: {
        tags,
        summary: 'Void an invoice (owner), optionally moving its payments to credit and reissuing it',
        params: idParams,
        body: voidInvoiceBody,
        response: { 200: voidInvoiceResult },
      },
    },
    async (request) => voidInvoice(db, actorOf(request), request.params.id, request.body, now()),
  );

  for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
    app.route({
      method,
      url: '/api/v1/invoices/:id',
      schema: {
        tags,
        summary: 'Refused (422): posted invoices are never edited, only voided and replaced',
        params: idParams,
        response: { 422: errorResponse },
      },
      handler: async (request) => refuseInvoiceEdit(db, actorOf(request), request.params.id),
    });
  }
}
