import type { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { buildApp } from '../../http/app.ts';
import { openMigratedDatabase } from '../open-database.ts';

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('Serve the web app, the REST API and its docs (PORT, HOST, DATA_DIR, DATABASE_URL)')
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 3000)')
    .addHelpText(
      'after',
      `
Only one process may use a PGlite data directory: while the server runs, CLI commands
that need the database refuse and say so. With DATABASE_URL there is no such limit.

Mail: with SMTP_URL (smtp[s]://user:pass@host:port) the server sends queued messages by
itself, From MAIL_FROM; without it they wait on the Outbox page to be copied and marked
sent. PUBLIC_URL is the base of the links clients get (default http://localhost:PORT).

Examples:
  $ npx rapport serve
  $ DATA_DIR=./demo-data npx rapport serve --port 3001
  $ DATABASE_URL=postgres://rapport@db.internal/rapport HOST=0.0.0.0 npx rapport serve`,
    )
    .action(async (options: { port?: string }) => {
      const config = readConfig();
      const port = options.port ? Number.parseInt(options.port, 10) : config.port;
      const database = await openMigratedDatabase(config, console.log);
      const app = await buildApp({
        database,
        secureCookies: config.secureCookies,
        publicUrl: config.publicUrl,
        mail: { smtpUrl: config.smtpUrl, from: config.mailFrom },
        logger: false,
      });
      const shutdown = async () => {
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown());
      process.once('SIGTERM', () => void shutdown());
      await app.listen({ port, host: config.host });
      if (!config.smtpUrl) console.log('Mail: no SMTP_URL, so messages wait in the Outbox page to be copied');
      console.log(
        `Rapport is running at http://localhost:${port}  (API docs: http://localhost:${port}/api/docs)`,
      );
    });
}
