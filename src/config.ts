import { resolve } from 'node:path';

/** Settings from the environment, read once at the edge and passed down. */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL server; when unset, the embedded PGlite in dataDir is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  secureCookies: boolean;
  /** Where clients reach this server, for links in messages (client pages). */
  publicUrl: string;
  /** Outgoing mail: an SMTP URL (smtp[s]://user:pass@host:port) or none, and the From address. */
  smtpUrl: string | undefined;
  mailFrom: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number.parseInt(env.PORT ?? '3000', 10),
    host: env.HOST ?? 'localhost',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR ?? './data'),
    secureCookies: env.SECURE_COOKIES === 'true',
    publicUrl: (env.PUBLIC_URL || `http://localhost:${env.PORT ?? '3000'}`).replace(/\/+$/, ''),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Rapport <rapport@localhost>',
  };
}

export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `embedded PGlite in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}
