import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { getToday } from './get-today.ts';
import { todayView } from './schemas.ts';

export function todayRoutes(app: App, { database, now }: RouteDeps): void {
  app.get(
    '/api/v1/today',
    {
      schema: {
        tags: ['today'],
        summary: 'Overdue and soon-due callbacks, tasks due, recent activity and counts',
        response: { 200: todayView },
      },
    },
    async (request) => getToday(database.db, actorOf(request), now()),
  );
}
