// Helpers for the browser tests (test/e2e): the built web app, the real server on a port,
// and headless Chromium with a fresh profile. Journeys import these; nothing here asserts.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { type Database, PGLITE_EXTENSIONS, wrapPglite } from '../../src/db/connect.ts';
import { buildApp } from '../../src/http/app.ts';
import type { App } from '../../src/http/types.ts';
import { buildPgliteTemplate, loadPgliteTemplate } from './template.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const CHROMIUM_PATH = process.env.RAPPORT_CHROMIUM ?? '/usr/bin/chromium';

/** Quiet, sandbox-free headless flags: no GPU, no QUIC, no background calls home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * `describe` for browser journeys: skipped where Chromium is not installed, unless
 * RAPPORT_REQUIRE_BROWSER=1 (CI), where a missing browser fails the run loudly.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM_PATH)) {
    describe(name, body);
    return;
  }
  if (process.env.RAPPORT_REQUIRE_BROWSER === '1') {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`RAPPORT_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM_PATH}`);
      });
    });
    return;
  }
  describe.skip(`${name} (no Chromium at ${CHROMIUM_PATH})`, body);
}

/** Every file that goes into the web bundle, hashed: the build is reused until one changes. */
function webSourcesFingerprint(): string {
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(REPO, 'src/web'));
  for (const extra of ['package.json', 'package-lock.json']) {
    if (existsSync(join(REPO, extra))) files.push(join(REPO, extra));
  }
  for (const file of files.sort()) hash.update(relative(REPO, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

const BUILD_PREFIX = 'rapport-e2e-web-';

/**
 * The web app built from the current sources, into a temp folder keyed by their hash.
 * It never touches dist/web (which `npm start` and others use), and a second run with
 * unchanged sources costs nothing. Builds older than a day are cleared away.
 * RAPPORT_E2E_WEB_DIR names a bundle built beforehand, to test that one instead.
 */
export async function buildWebApp(): Promise<string> {
  const prebuilt = process.env.RAPPORT_E2E_WEB_DIR;
  if (prebuilt) {
    if (!existsSync(join(prebuilt, 'index.html'))) throw new Error(`no index.html in ${prebuilt}`);
    return resolve(prebuilt);
  }
  const outDir = join(tmpdir(), `${BUILD_PREFIX}${webSourcesFingerprint()}`);
  if (existsSync(join(outDir, 'index.html'))) return outDir;
  const partial = `${outDir}.${process.pid}`;
  await promisify(execFile)(
    process.execPath,
    [
      join(REPO, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(REPO, 'src/web/vite.config.ts'),
      '--outDir',
      partial,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: REPO, maxBuffer: 16 * 1024 * 1024 },
  );
  try {
    renameSync(partial, outDir);
  } catch {
    rmSync(partial, { recursive: true, force: true }); // another run built the same sources first
  }
  pruneOldBuilds(outDir);
  return outDir;
}

function pruneOldBuilds(keep: string): void {
  const dayAgo = Date.now() - 86_400_000;
  for (const name of readdirSync(tmpdir())) {
    const path = join(tmpdir(), name);
    if (!name.startsWith(BUILD_PREFIX) || path === keep) continue;
    try {
      if (statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already, or someone else's: either way not ours to worry about.
    }
  }
}

/** An empty, migrated PGlite database copied from the template the integration tests share. */
export async function createE2eDatabase(): Promise<Database> {
  const client = await PGlite.create({
    loadDataDir: loadPgliteTemplate(await buildPgliteTemplate()),
    extensions: PGLITE_EXTENSIONS,
  });
  return wrapPglite(client);
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  app: App;
  database: Database;
  close(): Promise<void>;
}

/** The real server (API and web app) on a random local port, with an empty database. */
export async function startServer(options: { webDir: string; now?: () => Date }): Promise<RunningServer> {
  const database = await createE2eDatabase();
  const app = await buildApp({ database, webDir: options.webDir, now: options.now });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
  } catch (error) {
    await database.close();
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors and console errors the page reported; a journey expects none. */
  errors: string[];
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile (removed on close), in English and UTC. */
export async function launchBrowser(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'rapport-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1280, height: 900 },
      locale: 'en-US',
      timezoneId: 'UTC',
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A refused request (a 400 shown beside its field) is logged by the browser; that is not a bug.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console: ${message.text()}`);
    }
  });
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot when RAPPORT_SCREENSHOTS names a folder; otherwise does nothing. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.RAPPORT_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** The owner every journey sets up: a euro workspace in UTC. */
export const JOURNEY_OWNER = {
  workspaceName: 'Harbor Studio',
  ownerName: 'Olive Owner',
  email: 'olive@example.com',
  password: 'correct horse battery',
  currency: 'EUR',
  timezone: 'UTC',
};

export interface Journey {
  server: RunningServer;
  browser: BrowserSession;
  close(): Promise<void>;
}

/**
 * A journey that starts after first-run setup: the built web app on a real server, the
 * workspace and its owner created through the API, and a browser at desktop size.
 */
export async function startJourney(): Promise<Journey> {
  const server = await startServer({ webDir: await buildWebApp() });
  const setup = await fetch(`${server.url}/api/v1/auth/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(JOURNEY_OWNER),
  });
  if (setup.status !== 201) throw new Error(`setup failed: ${setup.status} ${await setup.text()}`);
  const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Signs in through the sign-in screen at `url` and waits for the app's main navigation. */
export async function signInAs(
  page: Page,
  url: string,
  credentials: { email: string; password: string },
): Promise<void> {
  await page.goto(url);
  await page.getByLabel('E-mail').fill(credentials.email);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** Signs out through the user menu and waits for the sign-in screen to replace the app. */
export async function signOut(page: Page): Promise<void> {
  await page.locator('.user-button').click();
  const loggedOut = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/logout'));
  await page.getByRole('button', { name: 'Sign out' }).click();
  const response = await loggedOut;
  if (!response.ok()) throw new Error(`sign out failed: ${response.status()}`);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}
