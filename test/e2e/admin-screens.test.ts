// The owner's workspace screens in a real browser against the real server: a CSV import
// refused whole for one bad row (shown by its line), the fixed file imported, a staff user
// added, and every one of those changes found again in the audit log.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type BrowserSession,
  buildWebApp,
  describeInBrowser,
  launchBrowser,
  type RunningServer,
  saveScreenshot,
  startServer,
} from '../support/browser.ts';

const OWNER = {
  workspaceName: 'Harbor Studio',
  ownerName: 'Olive Owner',
  email: 'olive@example.com',
  password: 'correct horse battery',
};
const STAFF = { name: 'Sam Rivera', email: 'sam@example.com', password: 'staff horse battery' };
const HEADER = 'Full name,Email,Company,Tags,Customer since';
const ROWS = [
  'Ada Park,ada@example.com,Park & Co,vip; referral,2022-01-15',
  'Ben Ortiz,ben@example.com,,,2021-03-01',
  'Chloe Dubois,chloe@example.com,Dubois Design,,2023-06-30',
];
// Line 1 is the header, so Ben's row is line 3.
const BAD_ROWS = ROWS.map((row) => row.replace('ben@example.com', 'ben-at-example'));

describeInBrowser('admin screens', () => {
  let server: RunningServer;
  let browser: BrowserSession;
  let page: Page;
  let files: string;

  beforeAll(async () => {
    const webDir = await buildWebApp();
    server = await startServer({ webDir });
    files = await mkdtemp(join(tmpdir(), 'rapport-admin-e2e-'));
    await writeFile(join(files, 'clients-bad.csv'), [HEADER, ...BAD_ROWS].join('\n'));
    await writeFile(join(files, 'clients.csv'), [HEADER, ...ROWS].join('\n'));
    const setup = await fetch(`${server.url}/api/v1/auth/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(OWNER),
    });
    expect(setup.status).toBe(201);
    browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (files) await rm(files, { recursive: true, force: true });
  });

  const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
  /** What the API says, with the browser's own session cookie. */
  const apiGet = async (path: string) => {
    const response = await browser.context.request.get(`${server.url}/api/v1${path}`);
    expect(response.status()).toBe(200);
    return response.json();
  };

  it('signs the owner in', async () => {
    await page.goto(server.url);
    await page.getByLabel('E-mail').fill(OWNER.email);
    await page.getByLabel('Password').fill(OWNER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await nav('Import & export').waitFor();
  });

  it('refuses a file with one bad row, naming its line, and imports nothing', async () => {
    await nav('Import & export').click();
    await page.getByRole('heading', { level: 1, name: 'Import & export' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(join(files, 'clients-bad.csv'));

    const problems = page.getByRole('region', { name: /needs fixing/ });
    await problems.waitFor();
    expect(await problems.getByRole('heading').textContent()).toContain('1 of 3 rows needs fixing');
    const row = problems.getByRole('row', { name: /Line 3/ });
    expect(await row.textContent()).toMatch(/Line 3\s*E-mail\s*Invalid email address/);

    // The columns were matched from the headers, and can be changed.
    const mapping = page.getByRole('region', { name: 'Columns' });
    expect(await mapping.getByLabel('Rapport field for column Full name').inputValue()).toBe('name');
    expect(await mapping.getByLabel('Rapport field for column Customer since').inputValue()).toBe('since');

    const importButton = page.getByRole('button', { name: 'Fix 1 row to import' });
    expect(await importButton.isDisabled()).toBe(true);
    await saveScreenshot(page, 'admin-import-errors');
    expect((await apiGet('/clients')).items).toEqual([]);
  });

  it('imports every row of the fixed file', async () => {
    await page.locator('input[type=file]').setInputFiles(join(files, 'clients.csv'));
    await page.getByText('Every row is ready.').waitFor();
    expect(await page.getByRole('region', { name: /needs? fixing/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Import 3 clients' }).click();

    await page.getByRole('heading', { name: '3 clients imported' }).waitFor();
    const clients = await apiGet('/clients?sort=name');
    expect(clients.items.map((client: { name: string }) => client.name)).toEqual([
      'Ada Park',
      'Ben Ortiz',
      'Chloe Dubois',
    ]);
    expect(clients.items[0]).toMatchObject({ tags: ['vip', 'referral'], since: '2022-01-15' });
  });

  it('adds a staff user who can then sign in', async () => {
    await nav('Settings').click();
    await page.getByRole('link', { name: 'Users & roles' }).click();
    await page.getByRole('button', { name: 'Add user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a user' });
    await dialog.getByLabel('Name').fill(STAFF.name);
    await dialog.getByLabel('E-mail').fill(STAFF.email);
    await dialog.getByRole('radio', { name: /^Staff/ }).check();
    await dialog.getByLabel('First password').fill(STAFF.password);
    await dialog.getByRole('button', { name: 'Add user' }).click();

    const row = page.getByRole('row', { name: new RegExp(STAFF.name) });
    await row.waitFor();
    expect(await row.getByLabel(`Role of ${STAFF.name}`).inputValue()).toBe('staff');
    expect(await row.textContent()).toContain('Active');
    await saveScreenshot(page, 'admin-settings-users');

    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: STAFF.email, password: STAFF.password }),
    });
    expect(login.status).toBe(200);
  });

  it('lists those changes in the audit log, with before and after', async () => {
    await nav('Audit log').click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const changes = page.getByRole('region', { name: 'Changes' });
    const entry = (text: string) => changes.getByRole('listitem').filter({ hasText: text });

    await entry(`Added user${STAFF.name}`).waitFor();
    for (const name of ['Ada Park', 'Ben Ortiz', 'Chloe Dubois']) {
      expect(await entry(`Added client${name}`).count()).toBe(1);
    }
    // The refused file left no trace: three clients were added, once each.
    expect(await entry('Added client').count()).toBe(3);

    const user = entry(`Added user${STAFF.name}`);
    await user.getByRole('button', { name: /Show changes/ }).click();
    const diff = user.getByRole('table');
    expect(await diff.getByRole('row', { name: /Email/ }).textContent()).toContain(STAFF.email);
    expect(await diff.getByRole('row', { name: /Role/ }).textContent()).toContain('staff');
    expect(await user.textContent()).toContain(OWNER.ownerName);
    await saveScreenshot(page, 'admin-audit');

    // The record-type filter narrows the log to users.
    await page.getByLabel('Record type').selectOption('user');
    await page.waitForURL(/entityType=user/);
    await changes
      .getByRole('listitem')
      .filter({ hasText: 'Added client' })
      .first()
      .waitFor({ state: 'detached' });
    // The old rows leave before the filtered list arrives: wait for it, then count.
    await entry(`Added user${STAFF.name}`).first().waitFor();
    expect(await entry(`Added user${STAFF.name}`).count()).toBe(1);
  });

  it('reported no errors in the page', () => {
    expect(browser.errors).toEqual([]);
  });
});
