import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { idParams } from '../shared/fields.ts';
import { getClientBalance } from './client-balance.ts';
import { listPayments } from './list-payments.ts';
import { recordPayment } from './record-payment.ts';
import {
  clientBalanceView,
  listPaymentsQuery,
  paymentPage,
  paymentView,
  recordPaymentBody,
} from './schemas.ts';

const tags = ['billing'];

export function paymentRoutes(app: App, { database, now }: RouteDeps): void {
  const { db } = database;

  app.get(
    '/api/v1/payments',
    {
      schema: {
        tags,
        summary: 'Payments, most recently received first',
        querystring: listPaymentsQuery,
        response: { 200: paymentPage },
      },
    },
    async (request) => listPayments(db, actorOf(request), request.query),
  );

  app.post(
    '/api/v1/payments',
    {
      schema: {
        tags,
        summary: 'Record a payment: settles invoices oldest first (or as chosen); any excess becomes credit',
        body: recordPaymentBody,
        response: { 201: paymentView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordPayment(db, actorOf(request), request.body, now())),
  );

  app.get(
    '/api/v1/clients/:id/balance',
    {
      schema: {
        tags,
        summary: 'What a client owes and holds: receivable, credit balance, deferred holiday value',
        params: idParams,
        response: { 200: clientBalanceView },
      },
    },
    async (request) => getClientBalance(db, actorOf(request), request.params.id, now()),
  );
}
