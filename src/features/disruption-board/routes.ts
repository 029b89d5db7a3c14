import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { getBoardFigures } from './get-board-figures.ts';
import { listBoard } from './list-board.ts';
import { boardFiguresView, boardPage, boardParams, boardQuery } from './schemas.ts';

/** The board: affected clients x six steps, and its figures. A stand-in sees only their clients. */
export function disruptionBoardRoutes(app: App, { database, now }: RouteDeps): void {
  const { db } = database;
  const tags = ['disruptions'];

  app.get(
    '/api/v1/disruptions/:id/board',
    {
      schema: {
        tags,
        summary: 'The board: affected clients by name, each with the six steps’ states and why',
        params: boardParams,
        querystring: boardQuery,
        response: { 200: boardPage },
      },
    },
    async (request) => listBoard(db, actorOf(request), request.params.id, request.query, now()),
  );

  app.get(
    '/api/v1/disruptions/:id/figures',
    {
      schema: {
        tags,
        summary:
          'Coverage: contacted within 24 h, callbacks on time, reports accepted vs sent back, promises kept, thanked',
        params: boardParams,
        response: { 200: boardFiguresView },
      },
    },
    async (request) => getBoardFigures(db, actorOf(request), request.params.id, now()),
  );
}
