import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { listAudit } from './list-audit.ts';
import { auditPage, listAuditQuery } from './schemas.ts';

export function auditRoutes(app: App, { database }: RouteDeps): void {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Every change, newest first: who, what, when, before and after (owner only)',
        querystring: listAuditQuery,
        response: { 200: auditPage },
      },
    },
    async (request) => listAudit(database.db, actorOf(request), request.query),
  );
}
