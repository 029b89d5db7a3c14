import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import type { CsvStreamOptions } from './csv-stream.ts';
import { exportClientsCsv } from './export-clients-csv.ts';
import { exportInteractionsCsv } from './export-interactions-csv.ts';

const exportQuery = z
  .object({
    bom: z
      .enum(['true', 'false'])
      .default('true')
      .describe('Start with a UTF-8 byte order mark, so Excel reads accents right'),
  })
  .strict();

type Exporter = (db: Db, actor: Actor, options: CsvStreamOptions) => Readable;

const EXPORTS: [name: string, summary: string, exporter: Exporter][] = [
  ['clients', 'Every client as CSV (the columns import again as they are)', exportClientsCsv],
  ['interactions', 'Every interaction as CSV, oldest first', exportInteractionsCsv],
];

export function exportRoutes(app: App, { database: { db }, now }: RouteDeps): void {
  for (const [name, summary, exporter] of EXPORTS) {
    app.get(
      `/api/v1/exports/${name}.csv`,
      {
        schema: {
          tags: ['exports'],
          summary,
          description:
            'Streamed; owner and staff only. Cells a spreadsheet would run as formulas start with a quote.',
          querystring: exportQuery,
          produces: ['text/csv'],
        },
      },
      async (request, reply) => {
        const stream = exporter(db, actorOf(request), { bom: request.query.bom === 'true' });
        const day = now().toISOString().slice(0, 10);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}-${day}.csv"`)
          .header('cache-control', 'no-store')
          .send(stream);
      },
    );
  }
}
