import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { assignStandIns } from './assign-stand-ins.ts';
import { fileReport } from './file-report.ts';
import { getStandInDigest } from './get-stand-in-digest.ts';
import { listReports } from './list-reports.ts';
import { listStandInClients } from './list-stand-in-clients.ts';
import { listStandIns } from './list-stand-ins.ts';
import { reviewReport } from './review-report.ts';
import {
  assignResult,
  assignStandInsBody,
  clientParams,
  digestQuery,
  digestView,
  disruptionParams,
  fileReportBody,
  listReportsQuery,
  reportPage,
  reportParams,
  reportView,
  reviewReportBody,
  standInClientPage,
  standInClientsQuery,
  standInsView,
} from './schemas.ts';

const tags = ['disruptions: oversight'];

/** Step 3: stand-ins, their reports, the owner's review and digest. */
export function oversightRoutes(app: App, { database, now }: RouteDeps): void {
  const { db } = database;

  app.put(
    '/api/v1/disruptions/:id/stand-ins',
    {
      schema: {
        tags,
        summary:
          'Assign stand-ins to affected clients (userId null takes a client back); they then see only those',
        params: disruptionParams,
        body: assignStandInsBody,
        response: { 200: assignResult },
      },
    },
    async (request) => assignStandIns(db, actorOf(request), request.params.id, request.body, now()),
  );

  app.get(
    '/api/v1/disruptions/:id/stand-ins',
    {
      schema: {
        tags,
        summary: "Every stand-in with their clients in this disruption and their reports' counts by status",
        params: disruptionParams,
        response: { 200: standInsView },
      },
    },
    async (request) => ({ items: await listStandIns(db, actorOf(request), request.params.id) }),
  );

  app.get(
    '/api/v1/disruptions/:id/stand-ins/clients',
    {
      schema: {
        tags,
        summary:
          'Affected clients with their stand-in and latest report, by name (a stand-in: only their own)',
        params: disruptionParams,
        querystring: standInClientsQuery,
        response: { 200: standInClientPage },
      },
    },
    async (request) => listStandInClients(db, actorOf(request), request.params.id, request.query),
  );

  app.get(
    '/api/v1/disruptions/:id/stand-ins/digest',
    {
      schema: {
        tags,
        summary: 'What each stand-in touched (from the audit log) and reported in a window; owner only',
        params: disruptionParams,
        querystring: digestQuery,
        response: { 200: digestView },
      },
    },
    async (request) => getStandInDigest(db, actorOf(request), request.params.id, request.query),
  );

  app.post(
    '/api/v1/disruptions/:id/clients/:clientId/reports',
    {
      schema: {
        tags,
        summary:
          'File a report on a client: 400 names missing parts, 422 names each vague-report rule broken (details carry `rule`)',
        params: clientParams,
        body: fileReportBody,
        response: { 201: reportView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await fileReport(
            db,
            actorOf(request),
            request.params.id,
            request.params.clientId,
            request.body,
            now(),
          ),
        ),
  );

  app.get(
    '/api/v1/disruptions/:id/reports',
    {
      schema: {
        tags,
        summary: "A disruption's reports, newest first (a stand-in sees only their own)",
        params: disruptionParams,
        querystring: listReportsQuery,
        response: { 200: reportPage },
      },
    },
    async (request) => listReports(db, actorOf(request), request.params.id, request.query),
  );

  app.post(
    '/api/v1/disruptions/:id/reports/:reportId/review',
    {
      schema: {
        tags,
        summary: 'Accept a submitted report, or send it back with a comment; owner only',
        params: reportParams,
        body: reviewReportBody,
        response: { 200: reportView },
      },
    },
    async (request) =>
      reviewReport(db, actorOf(request), request.params.id, request.params.reportId, request.body, now()),
  );
}
