import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { idParams } from '../shared/fields.ts';
import { listPromises } from './list-promises.ts';
import { moveEstimate } from './move-estimate.ts';
import { disruptionView } from './schemas.ts';
import { setPromise } from './set-promise.ts';
import { tellClients } from './tell-clients.ts';
import {
  estimateView,
  moveEstimateBody,
  promiseHistoryView,
  setPromiseBody,
  tellClientsBody,
  tellView,
} from './time-frame-schemas.ts';

/** Step 4: estimate + buffer = promise; re-promising and telling clients. */
export function timeFrameRoutes(app: App, { database, now, publicUrl }: RouteDeps): void {
  const { db } = database;
  const tags = ['disruptions'];

  app.post(
    '/api/v1/disruptions/:id/estimate',
    {
      schema: {
        tags,
        summary:
          'Move the estimate: the promise stands, or (past it) a new one is proposed with every client who must be told',
        params: idParams,
        body: moveEstimateBody,
        response: { 200: estimateView },
      },
    },
    async (request) => moveEstimate(db, actorOf(request), request.params.id, request.body, now()),
  );

  app.post(
    '/api/v1/disruptions/:id/promise',
    {
      schema: {
        tags,
        summary: 'Confirm a new promise (on or after the estimate); clients told another date are flagged',
        params: idParams,
        body: setPromiseBody,
        response: { 200: disruptionView },
      },
    },
    async (request) => setPromise(db, actorOf(request), request.params.id, request.body, now()),
  );

  app.post(
    '/api/v1/disruptions/:id/tell',
    {
      schema: {
        tags,
        summary: 'Tell clients the current promise: queue the "new date" message, or mark them told',
        params: idParams,
        body: tellClientsBody,
        response: { 200: tellView },
      },
    },
    async (request) =>
      tellClients(db, actorOf(request), request.params.id, request.body, { now: now(), publicUrl }),
  );

  app.get(
    '/api/v1/disruptions/:id/promises',
    {
      schema: {
        tags,
        summary: 'Every estimate and promise, oldest first (kind: first, estimate, re_promise)',
        params: idParams,
        response: { 200: promiseHistoryView },
      },
    },
    async (request) => listPromises(db, actorOf(request), request.params.id),
  );
}
