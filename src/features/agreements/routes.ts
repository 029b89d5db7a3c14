import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { idParams } from '../shared/fields.ts';
import { addAdjustment } from './add-adjustment.ts';
import { addCredit } from './add-credit.ts';
import { cancelAgreement } from './cancel-agreement.ts';
import { createAgreement } from './create-agreement.ts';
import { getAgreement, previewAgreement } from './get-agreement.ts';
import { listAgreements } from './list-agreements.ts';
import {
  adjustmentBody,
  agreementPage,
  agreementView,
  cancelAgreementBody,
  createAgreementBody,
  creditBody,
  listAgreementsQuery,
  previewQuery,
  previewView,
} from './schemas.ts';

export function agreementRoutes(app: App, { database, now }: RouteDeps): void {
  const { db } = database;
  const tags = ['billing'];

  app.get(
    '/api/v1/agreements',
    {
      schema: {
        tags,
        summary: 'Agreements, newest first',
        querystring: listAgreementsQuery,
        response: { 200: agreementPage },
      },
    },
    async (request) => listAgreements(db, actorOf(request), request.query),
  );

  app.post(
    '/api/v1/agreements',
    {
      schema: {
        tags,
        summary: 'Sign a client to a plan or a custom price',
        body: createAgreementBody,
        response: { 201: agreementView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createAgreement(db, actorOf(request), request.body)),
  );

  app.get(
    '/api/v1/agreements/:id',
    {
      schema: {
        tags,
        summary: 'One agreement with its adjustments and credits',
        params: idParams,
        response: { 200: agreementView },
      },
    },
    async (request) => getAgreement(db, actorOf(request), request.params.id),
  );

  app.get(
    '/api/v1/agreements/:id/preview',
    {
      schema: {
        tags,
        summary: 'The invoices the next periods will get, from the billing core',
        params: idParams,
        querystring: previewQuery,
        response: { 200: previewView },
      },
    },
    async (request) => previewAgreement(db, actorOf(request), request.params.id, request.query),
  );

  app.post(
    '/api/v1/agreements/:id/adjustments',
    {
      schema: {
        tags,
        summary: 'Adjust future billing: holiday, pause, reduction, price change, free period (owner)',
        params: idParams,
        body: adjustmentBody,
        response: { 201: agreementView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addAdjustment(db, actorOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/agreements/:id/credits',
    {
      schema: {
        tags,
        summary: 'Grant a service credit, spent on the next invoices (owner)',
        params: idParams,
        body: creditBody,
        response: { 201: agreementView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addCredit(db, actorOf(request), request.params.id, request.body, now())),
  );

  app.post(
    '/api/v1/agreements/:id/cancel',
    {
      schema: {
        tags,
        summary: 'End the agreement at a period end',
        params: idParams,
        body: cancelAgreementBody,
        response: { 200: agreementView },
      },
    },
    async (request) => cancelAgreement(db, actorOf(request), request.params.id, request.body, now()),
  );
}
