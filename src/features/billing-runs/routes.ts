import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { listBillingRuns } from './list-billing-runs.ts';
import { runBilling } from './run-billing.ts';
import { billingRunPage, billingRunView, createBillingRunBody, listBillingRunsQuery } from './schemas.ts';

export function billingRunRoutes(app: App, { database, now }: RouteDeps): void {
  const { db } = database;

  app.post(
    '/api/v1/billing/runs',
    {
      schema: {
        tags: ['billing'],
        summary: 'Create every invoice due through a date that does not exist yet (owner); safe to repeat',
        body: createBillingRunBody,
        response: { 201: billingRunView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await runBilling(db, actorOf(request), { through: request.body.through }, now())),
  );

  app.get(
    '/api/v1/billing/runs',
    {
      schema: {
        tags: ['billing'],
        summary: 'Billing runs, newest first',
        querystring: listBillingRunsQuery,
        response: { 200: billingRunPage },
      },
    },
    async (request) => listBillingRuns(db, actorOf(request), request.query, now()),
  );
}
