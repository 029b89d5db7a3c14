import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { idParams } from '../shared/fields.ts';
import { acceptOffer } from './accept-offer.ts';
import { activeAdjustments } from './active-adjustments.ts';
import { declineOffer } from './decline-offer.ts';
import { getClientRelationship } from './get-client-relationship.ts';
import { getSaveCase } from './get-save-case.ts';
import { getSaveFigures } from './get-save-figures.ts';
import { listSaveCases } from './list-save-cases.ts';
import { logSaveCase } from './log-save-case.ts';
import { getOfferPreview } from './offer-preview-view.ts';
import { proposeOffer } from './propose-offer.ts';
import { recordOutcome } from './record-outcome.ts';
import {
  acceptedOfferView,
  activeAdjustmentsView,
  caseParams,
  createSaveCaseBody,
  figuresQuery,
  listSaveCasesQuery,
  offerParams,
  offerPreviewView,
  offerView,
  outcomeBody,
  proposedOfferView,
  proposeOfferBody,
  relationshipView,
  saveCasePage,
  saveCaseView,
  saveFiguresView,
  updateSaveCaseBody,
} from './schemas.ts';
import { updateSaveCase } from './update-save-case.ts';

export function saveRoutes(app: App, { database, now }: RouteDeps): void {
  const { db } = database;
  const tags = ['saves'];

  app.get(
    '/api/v1/saves',
    {
      schema: {
        tags,
        summary: 'Save cases ("the call"), latest first',
        querystring: listSaveCasesQuery,
        response: { 200: saveCasePage },
      },
    },
    async (request) => listSaveCases(db, actorOf(request), request.query),
  );

  app.post(
    '/api/v1/saves',
    {
      schema: {
        tags,
        summary: 'Log the call: who, when, why, and what the client said',
        body: createSaveCaseBody,
        response: { 201: saveCaseView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await logSaveCase(db, actorOf(request), request.body, now())),
  );

  app.get(
    '/api/v1/saves/figures',
    {
      schema: {
        tags,
        summary: 'Save rate overall and by offer; deferred balance; reductions active and returned',
        querystring: figuresQuery,
        response: { 200: saveFiguresView },
      },
    },
    async (request) => getSaveFigures(db, actorOf(request), request.query, now()),
  );

  app.get(
    '/api/v1/saves/:id',
    {
      schema: {
        tags,
        summary: 'One case: the relationship first, then the offers and any post-mortem',
        params: caseParams,
        response: { 200: saveCaseView },
      },
    },
    async (request) => getSaveCase(db, actorOf(request), request.params.id, now()),
  );

  app.patch(
    '/api/v1/saves/:id',
    {
      schema: {
        tags,
        summary: 'Keep listening: notes, causes, reason or agreement of an open case',
        params: caseParams,
        body: updateSaveCaseBody,
        response: { 200: saveCaseView },
      },
    },
    async (request) => updateSaveCase(db, actorOf(request), request.params.id, request.body, now()),
  );

  app.post(
    '/api/v1/saves/:id/offers',
    {
      schema: {
        tags,
        summary: 'Propose an offer within policy: the next 12 invoices without and with it',
        params: caseParams,
        body: proposeOfferBody,
        response: { 201: proposedOfferView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await proposeOffer(db, actorOf(request), request.params.id, request.body, now())),
  );

  app.get(
    '/api/v1/saves/:id/offers/:offerId/preview',
    {
      schema: {
        tags,
        summary: 'An offer’s side-by-side preview, as billing stands now',
        params: offerParams,
        response: { 200: offerPreviewView },
      },
    },
    async (request) => getOfferPreview(db, actorOf(request), request.params.id, request.params.offerId),
  );

  app.post(
    '/api/v1/saves/:id/offers/:offerId/accept',
    {
      schema: {
        tags,
        summary: 'The client accepts: write the billing adjustment and the confirmation',
        params: offerParams,
        response: { 200: acceptedOfferView },
      },
    },
    async (request) => acceptOffer(db, actorOf(request), request.params.id, request.params.offerId, now()),
  );

  app.post(
    '/api/v1/saves/:id/offers/:offerId/decline',
    {
      schema: {
        tags,
        summary: 'The client declines this offer',
        params: offerParams,
        response: { 200: offerView },
      },
    },
    async (request) => declineOffer(db, actorOf(request), request.params.id, request.params.offerId, now()),
  );

  app.post(
    '/api/v1/saves/:id/outcome',
    {
      schema: {
        tags,
        summary:
          'Close the case: saved, downgraded, paused or cancelled (ends the agreement, opens a post-mortem)',
        params: caseParams,
        body: outcomeBody,
        response: { 200: saveCaseView },
      },
    },
    async (request) => recordOutcome(db, actorOf(request), request.params.id, request.body, now()),
  );

  app.get(
    '/api/v1/clients/:id/adjustments/active',
    {
      schema: {
        tags,
        summary: 'Holidays, pauses and reductions in effect today: the client page badge',
        params: idParams,
        response: { 200: activeAdjustmentsView },
      },
    },
    async (request) => activeAdjustments(db, actorOf(request), request.params.id, now()),
  );

  app.get(
    '/api/v1/clients/:id/relationship',
    {
      schema: {
        tags,
        summary: 'The relationship at a glance: tenure, lifetime value, contact, callbacks and tasks owed',
        params: idParams,
        response: { 200: relationshipView },
      },
    },
    async (request) => getClientRelationship(db, actorOf(request), request.params.id, now()),
  );
}
