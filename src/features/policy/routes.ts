import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { getPolicy } from './get-policy.ts';
import { policyPatch, policyView } from './schemas.ts';
import { updatePolicy } from './update-policy.ts';

export function policyRoutes(app: App, { database }: RouteDeps): void {
  const { db } = database;
  const tags = ['policy'];

  app.get(
    '/api/v1/policy',
    {
      schema: {
        tags,
        summary: 'The save policy (how far offers may go without the owner) and the reasons taxonomy',
        response: { 200: policyView },
      },
    },
    async (request) => getPolicy(db, actorOf(request)),
  );

  app.patch(
    '/api/v1/policy',
    {
      schema: {
        tags,
        summary: 'Change part of the save policy or replace the reasons (owner only)',
        body: policyPatch,
        response: { 200: policyView },
      },
    },
    async (request) => updatePolicy(db, actorOf(request), request.body),
  );
}
