// The relationship core as a person uses it, in a real browser against the real server:
// first run → a client → an inbound call that needs an answer → the callback, due, on the
// client page and the Callbacks page → the answer logged → the callback closed everywhere.
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

const OWNER = { business: 'Harbor Studio', name: 'Olive Owner', email: 'olive@example.com' };
const CLIENT = 'Maya Lindqvist';
const REQUEST = 'Wants to move Thursday’s session to next week';
const ANSWER = 'Called back: moved to Tuesday 10:00, confirmed by e-mail';

describeInBrowser('relationship journey', () => {
  let server: RunningServer;
  let browser: BrowserSession;
  let page: Page;
  let clientUrl = '';

  beforeAll(async () => {
    const webDir = await buildWebApp();
    server = await startServer({ webDir });
    browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
  const logForm = () => page.getByRole('region', { name: 'Log an interaction' });
  const waiting = () => page.getByRole('region', { name: /^Waiting/ });
  const timeline = () => page.getByRole('region', { name: /^Timeline/ });

  it('creates the workspace and its owner on first run', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Set up your workspace' }).waitFor();
    await page.getByLabel('Business name').fill(OWNER.business);
    await page.getByLabel('Your name').fill(OWNER.name);
    await page.getByLabel('E-mail').fill(OWNER.email);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create workspace' }).click();

    await page.getByRole('heading', { level: 1, name: /Olive$/ }).waitFor();
    expect(await page.locator('.sidebar-workspace').textContent()).toBe(OWNER.business);
  });

  it('adds a client and opens their page', async () => {
    await nav('Clients').click();
    await page.getByRole('button', { name: 'New client' }).click();
    const dialog = page.getByRole('dialog', { name: 'New client' });
    await dialog.getByLabel('Name', { exact: true }).fill(CLIENT);
    await dialog.getByLabel(/^E-mail/).fill('maya@example.com');
    await dialog.getByRole('button', { name: 'Add client' }).click();

    await page.getByRole('heading', { level: 1, name: CLIENT }).waitFor();
    expect(page.url()).toMatch(/\/clients\/[0-9a-f-]{36}$/);
    clientUrl = page.url();
    await page.getByText('No interactions yet').waitFor();
  });

  it('shows problems beside the field they are about', async () => {
    const form = logForm();
    const fieldError = (label: string) =>
      form.locator('.field', { has: page.getByLabel(label, { exact: true }) }).locator('.field-error');

    // An empty summary is caught before anything is sent.
    await form.getByRole('button', { name: 'Log interaction' }).click();
    await fieldError('Summary').waitFor();
    const summary = form.getByLabel('Summary');
    expect(await summary.getAttribute('aria-invalid')).toBe('true');
    expect(await summary.getAttribute('aria-describedby')).toBe(
      await fieldError('Summary').getAttribute('id'),
    );

    // A time in the future is refused by the API; its `details` land beside "When".
    await summary.fill(REQUEST);
    expect(await fieldError('Summary').count()).toBe(0);
    await form.getByLabel('When').fill('2099-01-01T10:00');
    await form.getByRole('button', { name: 'Log interaction' }).click();
    await fieldError('When').waitFor();
    expect(await fieldError('When').textContent()).toMatch(/ahead/i);
    await form.getByRole('button', { name: 'Back to now' }).click();
    expect(await fieldError('When').count()).toBe(0);
    expect(await timeline().getByTestId('timeline-item').count()).toBe(0);
  });

  it('logs an inbound call that needs a response', async () => {
    const form = logForm();
    await form.locator('label', { hasText: 'Inbound' }).click();
    await form.getByLabel('Channel').selectOption('call');
    expect(await form.getByLabel('Summary').inputValue()).toBe(REQUEST);
    const needsResponse = form.getByRole('checkbox', { name: /Needs a response/ });
    await needsResponse.check();
    expect(await needsResponse.isChecked()).toBe(true);
    await form.getByLabel('Summary').press('Enter'); // the keyboard alone logs it

    await timeline().getByText(REQUEST).waitFor();
    expect(await logForm().getByLabel('Summary').inputValue()).toBe('');
    expect(await logForm().getByLabel('Summary').getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the callback as due on the client page', async () => {
    const callback = waiting().getByTestId('callback').filter({ hasText: REQUEST });
    await callback.waitFor();
    expect(await callback.locator('.badge').textContent()).toMatch(/^\s*Due in/);
    expect(await timeline().getByTestId('timeline-item').first().textContent()).toMatch(/Callback due/);
    await saveScreenshot(page, 'journey-client-callback-due');
  });

  it('lists the callback as due on the Callbacks page', async () => {
    await nav('Callbacks').click();
    await page.getByRole('heading', { level: 1, name: 'Callbacks' }).waitFor();
    const callback = page.getByTestId('callback').filter({ hasText: REQUEST });
    await callback.waitFor();
    expect(await callback.getByRole('link', { name: CLIENT }).count()).toBe(1);
    expect(await callback.locator('.badge').textContent()).toMatch(/^\s*Due in/);
  });

  it('closes the callback once the answer is logged', async () => {
    const callback = page.getByTestId('callback').filter({ hasText: REQUEST });
    await callback.getByRole('button', { name: 'Answer' }).click();
    await callback.getByLabel('What you told them').fill(ANSWER);
    await callback.getByRole('button', { name: 'Log answer' }).click();

    await callback.waitFor({ state: 'detached' });
    await page.getByText('Everyone has been answered').waitFor();
  });

  it('shows the client page with nothing waiting and the answer on the timeline', async () => {
    await page.getByRole('link', { name: 'Clients', exact: true }).first().click();
    await page.getByRole('link', { name: new RegExp(CLIENT) }).click();
    await page.getByRole('heading', { level: 1, name: CLIENT }).waitFor();
    expect(page.url()).toBe(clientUrl);

    await timeline().getByText(ANSWER).waitFor();
    expect(await waiting().count()).toBe(0);
    const request = timeline().getByTestId('timeline-item').filter({ hasText: REQUEST });
    expect(await request.textContent()).toMatch(/Answered/);
    expect(browser.errors).toEqual([]);
  });
});
