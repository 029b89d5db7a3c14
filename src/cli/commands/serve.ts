import type { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { buildApp } from '../../http/app.ts';
import { openMigratedDatabase } from '../open-database.ts';

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('Serve the web app, the REST API and its docs (PORT, HOST, DATA_DIR, DATABASE_URL)')
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 3000)')
    .action(async (options: { port?: string }) => {
      const config = readConfig();
      const port = options.port ? Number.parseInt(options.port, 10) : config.port;
      const database = await openMigratedDatabase(config, console.log);
      const app = await buildApp({ database, secureCookies: config.secureCookies, logger: false });
      const shutdown = async () => {
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown());
      process.once('SIGTERM', () => void shutdown());
      await app.listen({ port, host: config.host });
      console.log(
        `Rapport is running at http://localhost:${port}  (API docs: http://localhost:${port}/api/docs)`,
      );
    });
}
