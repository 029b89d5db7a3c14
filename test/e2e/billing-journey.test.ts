// Billing as the owner does it, in a real browser against the real server: a plan on the
// price list → an agreement for a client, started months ago, with its twelve-period
// preview → a billing run → the invoices → a full payment (Paid) and a partial one
// (Partially paid) → the invoice printed, aging and MRR on Today.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type BrowserSession,
  describeInBrowser,
  JOURNEY_OWNER,
  type Journey,
  type RunningServer,
  saveScreenshot,
  startJourney,
} from '../support/browser.ts';

const OWNER = JOURNEY_OWNER;
const CLIENT = { name: 'Maya Lindqvist', email: 'maya@example.com', address: '12 Quay Street\nGalway' };
const PLAN = 'Monthly coaching';
const MONTHS_BACK = 3;

/** The browser's view only (dialogs, a phone screen), when RAPPORT_SCREENSHOTS names a folder. */
async function saveViewport(page: Page, name: string): Promise<void> {
  const dir = process.env.RAPPORT_SCREENSHOTS;
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`) });
}

/** A start date `months` before today (UTC, as the workspace is), on a day every month has. */
function monthsAgo(months: number): string {
  const now = new Date();
  const day = Math.min(now.getUTCDate(), 28);
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, day));
  return start.toISOString().slice(0, 10);
}

describeInBrowser('billing journey', () => {
  let server: RunningServer;
  let browser: BrowserSession;
  let page: Page;
  let clientUrl = '';

  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney();
    ({ server, browser } = journey);
    page = browser.page;
  });

  afterAll(() => journey?.close());

  const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
  const tab = (name: string) =>
    page.getByRole('navigation', { name: 'Billing sections' }).getByRole('link', { name });
  const panel = () => page.getByRole('region', { name: /^Billing/ });
  const status = () => page.locator('.invoice-title .badge').first();

  it('signs the owner in; a client exists', async () => {
    await page.goto(server.url);
    await page.getByLabel('E-mail').fill(OWNER.email);
    await page.getByLabel('Password').fill(OWNER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await nav('Billing').waitFor();
    // The client comes through the API with the browser's own session: this journey is billing.
    const created = await browser.context.request.post(`${server.url}/api/v1/clients`, { data: CLIENT });
    expect(created.status()).toBe(201);
    clientUrl = `${server.url}/clients/${(await created.json()).id}`;
  });

  it('adds a plan to the price list', async () => {
    await nav('Billing').click();
    await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    await tab('Plans').click();
    await page.getByRole('button', { name: 'Add plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a plan' });
    await dialog.getByLabel('Name').fill(PLAN);
    // A comma for the decimals is read as typed, by its digits: 120,00 is 12000 cents.
    await dialog.getByLabel('Price per period').fill('120,00');
    await dialog.getByLabel('Billed').selectOption('month');
    await dialog.getByRole('button', { name: 'Add plan' }).click();
    const row = page.getByRole('row', { name: new RegExp(PLAN) });
    await row.waitFor();
    expect(await row.textContent()).toContain('€120.00');
    await saveScreenshot(page, 'billing-plans');
  });

  it('signs the client to the plan from months back and previews twelve periods', async () => {
    await page.goto(clientUrl);
    await page.getByRole('heading', { level: 1, name: CLIENT.name }).waitFor();
    await panel().getByText('No active agreement').waitFor();
    await panel().getByRole('button', { name: 'New agreement' }).click();
    const dialog = page.getByRole('dialog', { name: 'New agreement' });
    await dialog.getByLabel('Plan').selectOption({ label: `${PLAN} — €120.00 / month` });
    await dialog.getByLabel('Starts on').fill(monthsAgo(MONTHS_BACK));
    const term = dialog.getByLabel('Term');
    const twoYears = await term.locator('option', { hasText: /^24 months \(ends / }).getAttribute('value');
    await term.selectOption(twoYears ?? '');
    await saveViewport(page, 'billing-new-agreement');
    await dialog.getByRole('button', { name: 'Add agreement' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const agreement = panel().getByTestId('agreement');
    await agreement.waitFor();
    expect(await agreement.textContent()).toContain('€120.00');
    const preview = agreement.getByRole('table', { name: /^Next 12 periods/ });
    await preview.waitFor();
    expect(await preview.locator('tbody tr').count()).toBe(12);
    expect(await preview.getByRole('link', { name: 'Invoiced' }).count()).toBe(0);

    // What the save desk will add later, through the API: a holiday and a credit, both ahead.
    const [{ id }] = (await (await browser.context.request.get(`${server.url}/api/v1/agreements`)).json())
      .items;
    const adjust = (path: string, data: object) =>
      browser.context.request.post(`${server.url}/api/v1/agreements/${id}/${path}`, { data });
    expect(
      (await adjust('adjustments', { kind: 'payment_holiday', fromPeriod: 6, periods: 3 })).status(),
    ).toBe(201);
    expect(
      (await adjust('credits', { amountMinor: 5000, fromPeriod: 8, description: 'Goodwill' })).status(),
    ).toBe(201);
    await page.reload();
    await agreement.getByText(/^Payment holiday · 3 months from /).waitFor();
    await agreement.getByText('Credit left €50.00').waitFor();
    expect(await preview.getByText(/^Payment holiday/).count()).toBe(3);
    await saveScreenshot(page, 'billing-client-agreement');
  });

  it('runs billing and lists the invoices it issued', async () => {
    await nav('Billing').click();
    await tab('Runs').click();
    await page.getByRole('button', { name: /^Run billing through / }).click();
    const result = page.locator('.run-result');
    await result.waitFor();
    // Billing in advance: the periods that started months ago and the one under way.
    expect(await result.textContent()).toMatch(
      new RegExp(`${MONTHS_BACK + 1} invoices issued for €${(MONTHS_BACK + 1) * 120}\\.00`),
    );
    await page.getByTestId('billing-run').first().waitFor();
    await saveScreenshot(page, 'billing-runs');

    await tab('Invoices').click();
    const rows = page.getByTestId('invoice-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(MONTHS_BACK + 1);
    // The client filter narrows by a picked client.
    await page.getByLabel('Client', { exact: true }).fill('Maya');
    await page
      .getByRole('list', { name: 'Matching clients' })
      .getByRole('button', { name: CLIENT.name })
      .click();
    await page.locator('.filter-chip', { hasText: CLIENT.name }).waitFor();
    expect(await rows.count()).toBe(MONTHS_BACK + 1);
    await saveScreenshot(page, 'billing-invoices');
  });

  it('records a payment of the full amount: the invoice is paid', async () => {
    await page.getByRole('link', { name: '#0001' }).click();
    await page.getByRole('heading', { level: 1, name: 'Invoice #0001' }).waitFor();
    expect(await status().textContent()).toBe('Open');
    await page.getByRole('button', { name: 'Record payment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a payment' });
    expect(await dialog.getByLabel('Amount').inputValue()).toBe('120.00');
    expect(await dialog.getByLabel('Method').locator('option').count()).toBe(7);
    await dialog.getByLabel('Reference').fill('TRF-2291');
    await saveViewport(page, 'billing-record-payment');
    await dialog.getByRole('button', { name: 'Record payment' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.locator('.invoice-title .badge', { hasText: 'Paid' }).waitFor();
    expect(await status().textContent()).toBe('Paid');
    expect(await page.getByRole('row', { name: /Outstanding/ }).textContent()).toContain('€0.00');
    expect(await page.getByRole('button', { name: 'Record payment' }).count()).toBe(0);
    await saveScreenshot(page, 'billing-invoice-paid');
    await page.emulateMedia({ media: 'print' });
    await saveScreenshot(page, 'billing-invoice-print');
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows a refused amount beside its field, then records a partial payment', async () => {
    await page.goBack();
    await page.getByRole('link', { name: '#0002' }).click();
    await page.getByRole('heading', { level: 1, name: 'Invoice #0002' }).waitFor();
    await page.getByRole('button', { name: 'Record payment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a payment' });
    const amount = dialog.getByLabel('Amount');
    const fieldError = (label: string) =>
      dialog.locator('.field', { has: page.getByLabel(label, { exact: true }) }).locator('.field-error');
    // Caught before sending: a cent has no thousandths.
    await amount.fill('50.005');
    await dialog.getByRole('button', { name: 'Record payment' }).click();
    expect(await fieldError('Amount').textContent()).toMatch(/decimals/);
    // Refused by the API: money cannot arrive tomorrow; its answer lands beside the date.
    await amount.fill('50');
    const receivedOn = dialog.getByLabel('Received on');
    const today = await receivedOn.inputValue();
    await receivedOn.fill('2099-01-01');
    await dialog.getByRole('button', { name: 'Record payment' }).click();
    expect(await fieldError('Received on').textContent()).toMatch(/future/i);
    await saveViewport(page, 'billing-record-payment-refused');
    await receivedOn.fill(today);
    await dialog.getByRole('button', { name: 'Record payment' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.locator('.invoice-title .badge', { hasText: 'Partially paid' }).waitFor();
    expect(await page.getByRole('row', { name: /Outstanding/ }).textContent()).toContain('€70.00');
    await saveScreenshot(page, 'billing-invoice-partial');

    // Voiding asks for a reason and offers to move the payment to credit; kept here.
    await page.getByRole('button', { name: 'Void' }).click();
    const voiding = page.getByRole('dialog', { name: /^Void invoice #0002/ });
    await voiding.getByRole('button', { name: 'Void invoice' }).click();
    await voiding.locator('.field-error').waitFor();
    await saveViewport(page, 'billing-void-dialog');
    await voiding.getByRole('button', { name: 'Keep invoice' }).click();
    await voiding.waitFor({ state: 'hidden' });
  });

  it('shows the account, aging and MRR', async () => {
    await page.goto(clientUrl);
    const balance = panel().getByTestId('client-balance');
    await balance.waitFor();
    // Four invoices of 120, less 120 and 50 paid.
    expect(await balance.textContent()).toMatch(/Owes €310\.00/);
    await panel().getByRole('link', { name: 'Invoiced' }).first().waitFor();
    await saveScreenshot(page, 'billing-client-paid');
    await page.setViewportSize({ width: 390, height: 844 });
    await page
      .locator('.sidebar')
      .evaluate((sidebar) => Promise.all(sidebar.getAnimations().map((animation) => animation.finished)));
    // Below the phone's sticky top bar, the panel's own header in view.
    await panel().evaluate((element) =>
      window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 64),
    );
    await saveViewport(page, 'billing-client-phone');
    await page.goto(`${server.url}/billing`);
    await page.getByTestId('invoice-row').first().waitFor();
    await saveViewport(page, 'billing-invoices-phone');
    await page.getByRole('link', { name: '#0002' }).click();
    await page.getByRole('heading', { level: 1, name: 'Invoice #0002' }).waitFor();
    await saveScreenshot(page, 'billing-invoice-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.goto(`${server.url}/billing/aging`);
    await page.getByRole('heading', { name: 'Receivables aging' }).waitFor();
    expect(await page.getByRole('row', { name: new RegExp(CLIENT.name) }).textContent()).toContain('€310.00');
    await saveScreenshot(page, 'billing-aging');

    await nav('Today').click();
    const mrr = page.locator('.stat', { hasText: 'Monthly recurring revenue' });
    await mrr.waitFor();
    expect(await mrr.textContent()).toContain('€120.00');
    await saveScreenshot(page, 'billing-today');
  });

  it('cancels the agreement from a date, keeping what was invoiced', async () => {
    await page.goto(clientUrl);
    await panel().getByRole('button', { name: 'Cancel agreement' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this agreement?' });
    // The dialog says which period is the last one billed, before anything is sent.
    expect(await dialog.locator('.field-hint').textContent()).toMatch(/^The last period billed ends /);
    await saveViewport(page, 'billing-cancel-dialog');
    await dialog.getByRole('button', { name: 'Cancel agreement' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await panel().getByText('No active agreement').waitFor();
    await panel().getByRole('button', { name: 'Show 1 past agreement' }).click();
    const agreement = panel().getByTestId('agreement');
    expect(await agreement.textContent()).toMatch(/Cancelled.*Billing stops from /);
    expect(await panel().getByTestId('client-balance').textContent()).toMatch(/Owes €310\.00/);
    expect(browser.errors).toEqual([]);
  });
});
