import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { idParams } from '../shared/fields.ts';
import { createPlan } from './create-plan.ts';
import { listPlans } from './list-plans.ts';
import { createPlanBody, listPlansQuery, planList, planView, updatePlanBody } from './schemas.ts';
import { updatePlan } from './update-plan.ts';

export function planRoutes(app: App, { database, now }: RouteDeps): void {
  const { db } = database;

  app.get(
    '/api/v1/plans',
    {
      schema: {
        tags: ['billing'],
        summary: 'The price list',
        querystring: listPlansQuery,
        response: { 200: planList },
      },
    },
    async (request) => listPlans(db, actorOf(request), request.query.includeArchived === 'true'),
  );

  app.post(
    '/api/v1/plans',
    {
      schema: {
        tags: ['billing'],
        summary: 'Add a plan (owner)',
        body: createPlanBody,
        response: { 201: planView },
      },
    },
    async (request, reply) => reply.status(201).send(await createPlan(db, actorOf(request), request.body)),
  );

  app.patch(
    '/api/v1/plans/:id',
    {
      schema: {
        tags: ['billing'],
        summary: 'Rename, reprice (for new agreements) or archive a plan (owner)',
        params: idParams,
        body: updatePlanBody,
        response: { 200: planView },
      },
    },
    async (request) => updatePlan(db, actorOf(request), request.params.id, request.body, now()),
  );
}
