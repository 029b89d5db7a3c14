import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { applyThankYous } from './apply-thank-yous.ts';
import { chooseThankYou } from './choose-thank-you.ts';
import { completeThankYou } from './complete-thank-you.ts';
import { listThankYous } from './list-thank-yous.ts';
import { resolveDisruption } from './resolve-disruption.ts';
import {
  appliedView,
  applyThankYouBody,
  clientParams,
  disruptionParams,
  doneBody,
  listThankYousQuery,
  resolveBody,
  resolvedView,
  thankYouChoiceBody,
  thankYouPage,
  thankYouParams,
  thankYouView,
} from './schemas.ts';

/** Resolution and step 6's thank-yous. The team's work; money thank-yous are applied by the owner. */
export function disruptionThanksRoutes(app: App, { database, now }: RouteDeps): void {
  const { db } = database;
  const tags = ['disruptions'];

  app.post(
    '/api/v1/disruptions/:id/resolve',
    {
      schema: {
        tags,
        summary: 'Resolve: ends stand-in access and gives every affected client a chosen thank-you',
        params: disruptionParams,
        body: resolveBody,
        response: { 200: resolvedView },
      },
    },
    async (request) => resolveDisruption(db, actorOf(request), request.params.id, request.body, now()),
  );

  app.get(
    '/api/v1/disruptions/:id/thank-yous',
    {
      schema: {
        tags,
        summary: 'Each affected client’s thank-you (or none yet), by name, with the progress overall',
        params: disruptionParams,
        querystring: listThankYousQuery,
        response: { 200: thankYouPage },
      },
    },
    async (request) => listThankYous(db, actorOf(request), request.params.id, request.query, now()),
  );

  app.put(
    '/api/v1/disruptions/:id/clients/:clientId/thank-you',
    {
      schema: {
        tags,
        summary: 'Choose or change one client’s thank-you (not once it is done)',
        params: clientParams,
        body: thankYouChoiceBody,
        response: { 200: thankYouView },
      },
    },
    async (request) => {
      const { id, clientId } = request.params;
      return chooseThankYou(db, actorOf(request), id, clientId, request.body, now());
    },
  );

  app.post(
    '/api/v1/disruptions/:id/thank-yous/apply',
    {
      schema: {
        tags,
        summary: 'Choose one thank-you for many clients at once (all affected, or the listed ones)',
        params: disruptionParams,
        body: applyThankYouBody,
        response: { 200: appliedView },
      },
    },
    async (request) => applyThankYous(db, actorOf(request), request.params.id, request.body, now()),
  );

  app.post(
    '/api/v1/disruptions/:id/thank-yous/:thankYouId/done',
    {
      schema: {
        tags,
        summary: 'Mark a thank-you done: money kinds are applied to billing (credit or reduction), once',
        params: thankYouParams,
        body: doneBody,
        response: { 200: thankYouView },
      },
    },
    async (request) => {
      const { id, thankYouId } = request.params;
      return completeThankYou(db, actorOf(request), id, thankYouId, request.body, now());
    },
  );
}
