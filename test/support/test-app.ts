import type { InjectOptions } from 'fastify';
import type { Database } from '../../src/db/connect.ts';
import { type AppOptions, buildApp } from '../../src/http/app.ts';
import type { App } from '../../src/http/types.ts';
import { createTestDatabase } from './test-database.ts';

/** A clock tests move by hand, so "overdue" never depends on the wall clock. */
export class TestClock {
  current: Date;
  constructor(start = new Date('2026-11-23T09:00:00Z')) {
    this.current = start;
  }
  now = () => new Date(this.current.getTime());
  advanceHours(hours: number) {
    this.current = new Date(this.current.getTime() + hours * 3_600_000);
  }
}

export interface TestApp {
  app: App;
  database: Database;
  clock: TestClock;
  close(): Promise<void>;
}

/** `options` adds app settings a test needs, e.g. `mail` with an in-process SMTP receiver. */
export async function startTestApp(options: Pick<AppOptions, 'mail' | 'publicUrl'> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = new TestClock();
  const app = await buildApp({ ...options, database, now: clock.now, webDir: '/nonexistent' });
  await app.ready();
  return {
    app,
    database,
    clock,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export interface ApiResponse {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the API returned
  body: any;
  headers: Record<string, string | string[] | number | undefined>;
}

/** A signed-in caller (session cookie or bearer token) for inject-based API tests. */
export class ApiClient {
  constructor(
    private readonly app: App,
    private readonly auth: { cookie?: string; bearer?: string } = {},
  ) {}

  async send(
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    extra: InjectOptions = {},
  ): Promise<ApiResponse> {
    const headers: Record<string, string> = { ...(extra.headers as Record<string, string>) };
    if (this.auth.cookie) headers.cookie = this.auth.cookie;
    if (this.auth.bearer) headers.authorization = `Bearer ${this.auth.bearer}`;
    const response = await this.app.inject({
      ...extra,
      method,
      url,
      headers,
      ...(payload === undefined
        ? {}
        : typeof payload === 'string'
          ? { payload }
          : { payload: payload as object }),
    });
    const isJson = String(response.headers['content-type'] ?? '').includes('json');
    return {
      status: response.statusCode,
      body: isJson ? response.json() : response.body,
      headers: response.headers,
    };
  }

  get = (url: string) => this.send('GET', url);
  post = (url: string, body?: unknown) => this.send('POST', url, body ?? {});
  patch = (url: string, body: unknown) => this.send('PATCH', url, body);
  delete = (url: string) => this.send('DELETE', url);
}

export const OWNER = {
  workspaceName: 'Harbor Studio',
  ownerName: 'Olive Owner',
  email: 'olive@example.com',
  password: 'correct horse battery',
};

/** Runs first-time setup and returns a client signed in as the owner. */
export async function setupOwner(t: TestApp) {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/setup', payload: OWNER });
  if (response.statusCode !== 201) throw new Error(`setup failed: ${response.body}`);
  return {
    api: new ApiClient(t.app, { cookie: sessionCookieOf(response.headers['set-cookie']) }),
    me: response.json(),
  };
}

/** Signs in through the API and returns a client carrying the session cookie. */
export async function signIn(t: TestApp, email: string, password: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  return new ApiClient(t.app, { cookie: sessionCookieOf(response.headers['set-cookie']) });
}

export function sessionCookieOf(header: string | string[] | undefined): string {
  const cookies = Array.isArray(header) ? header : [header ?? ''];
  const session = cookies.find((cookie) => cookie.startsWith('rapport_session='));
  if (!session) throw new Error('no session cookie was set');
  return session.split(';')[0] as string;
}
