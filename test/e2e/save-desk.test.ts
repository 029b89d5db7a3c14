// "The call", as the owner takes it, in a real browser against the real server: a client
// with an agreement (made through the API) calls to cancel → Log the call: the
// relationship and the listening come first, offers only once the notes are saved → a
// 60 % reduction is refused, naming the policy → 50 % for 3 months previewed side by side
// → the client accepts and is handed the confirmation → saved → the client page badge,
// the save desk and its figures; Today's "billing returns to normal" reminder.
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
const CLIENT = { name: 'Maya Lindqvist', email: 'maya@example.com', since: '2023-03-12' };
const NOTES =
  'Lost her biggest catering contract in March. Cash is tight until the autumn season; she still uses the coaching every week.';

/** The whole page from the top (sticky columns sit where they start), when RAPPORT_SCREENSHOTS names a folder. */
async function saveFullPage(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name);
}

/** The browser's view only, when RAPPORT_SCREENSHOTS names a folder. */
async function saveViewport(page: Page, name: string): Promise<void> {
  const dir = process.env.RAPPORT_SCREENSHOTS;
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`) });
}

/** A phone's screen, once the sidebar has slid away. */
async function toPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page
    .locator('.sidebar')
    .evaluate((sidebar) => Promise.all(sidebar.getAnimations().map((animation) => animation.finished)));
}

/** 'YYYY-MM-DD' `months` before `date` (UTC), on its day of the month capped at 28, which every month has. */
function monthsBefore(date: Date, months: number): string {
  const day = Math.min(date.getUTCDate(), 28);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, day))
    .toISOString()
    .slice(0, 10);
}

/** A day 5–10 days ahead on a day every month has: an agreement anchored on it has a period ending soon. */
function soonAnchor(): Date {
  const day = new Date(Date.now() + 10 * 86_400_000);
  while (day.getUTCDate() > 28) day.setUTCDate(day.getUTCDate() - 1);
  return day;
}

describeInBrowser('save desk journey', () => {
  let server: RunningServer;
  let browser: BrowserSession;
  let page: Page;
  let clientId = '';

  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney();
    ({ server, browser } = journey);
    page = browser.page;
  });

  afterAll(() => journey?.close());

  const post = async (path: string, data: object) => {
    const response = await browser.context.request.post(`${server.url}/api/v1${path}`, { data });
    expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
    return response.json();
  };
  const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
  const offers = () => page.getByRole('region', { name: /^Offers/ });

  it('signs the owner in; a client with an agreement and two paid months exists', async () => {
    await page.goto(server.url);
    await page.getByLabel('E-mail').fill(OWNER.email);
    await page.getByLabel('Password').fill(OWNER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await nav('Save desk').waitFor();
    // The setup goes through the API with the browser's own session: this journey is the call.
    const client = await post('/clients', CLIENT);
    clientId = client.id;
    await post('/agreements', {
      clientId,
      description: 'Monthly coaching',
      priceMinor: 12_000,
      interval: 'month',
      startsOn: monthsBefore(new Date(), 2),
    });
    // The two months before this one are invoiced and paid; the month under way is not invoiced yet.
    await post('/billing/runs', { through: monthsBefore(new Date(), 1) });
    await post('/payments', {
      clientId,
      amountMinor: 24_000,
      method: 'bank_transfer',
      receivedOn: new Date().toISOString().slice(0, 10),
    });
    await post(`/clients/${clientId}/interactions`, {
      channel: 'meeting_video',
      direction: 'outbound',
      summary: 'Quarterly review: goals for the spring menu',
    });
    await post(`/clients/${clientId}/interactions`, {
      channel: 'email',
      direction: 'inbound',
      summary: 'Asked to move Thursday’s session',
      needsResponse: false,
    });
  });

  it('starts the call from the client page: the relationship and the listening come first', async () => {
    await page.goto(`${server.url}/clients/${clientId}`);
    await page.getByRole('heading', { level: 1, name: CLIENT.name }).waitFor();
    await page.getByRole('link', { name: 'Client wants to cancel?' }).click();
    await page.getByRole('heading', { level: 1, name: `${CLIENT.name} wants to cancel` }).waitFor();

    const relationship = page.getByRole('region', { name: 'The relationship' });
    await relationship.getByText('Quarterly review: goals for the spring menu').waitFor();
    expect(await relationship.textContent()).toMatch(/Client for\s*\d+ years?/);
    expect(await relationship.textContent()).toContain('Lifetime value€240.00');
    await page.getByText('Tell me what’s going on with you and how can I help.').waitFor();
    // Listening first: no offers on the page until the notes are saved.
    expect(await page.getByRole('heading', { name: /^Offers/ }).count()).toBe(0);
    const order = await page.evaluate(() => {
      const first = document.querySelector('#call-relationship-heading');
      const notes = document.querySelector('.listen-notes');
      return first && notes ? first.compareDocumentPosition(notes) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    await saveFullPage(page, 'save-call-listen');
    await toPhone(page);
    await saveFullPage(page, 'save-call-listen-390');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('asks for the notes first, then saves the call and shows the offers', async () => {
    const save = page.getByRole('button', { name: 'Save notes and see offers' });
    await save.click();
    await page.getByText('Write down what they told you first').waitFor();

    await page.getByLabel('What they told you').fill(NOTES);
    const causes = page.getByRole('textbox', { name: /^Causes/ });
    await causes.fill('Lost their biggest client');
    await causes.press('Enter');
    await causes.fill('Seasonal dip');
    await causes.press('Enter');
    await page.getByLabel('Reason').selectOption({ label: 'Can’t afford it' });
    await save.click();

    await page.waitForURL(/\/saves\/[0-9a-f-]{36}$/);
    await offers().waitFor();
    await page.getByRole('heading', { name: 'What they told you' }).waitFor();
    expect(await page.locator('.listen-notes-text').textContent()).toBe(NOTES);
    expect(await page.getByRole('list', { name: 'Causes' }).textContent()).toContain('Seasonal dip');
  });

  it('refuses a 60 % reduction, naming the policy; the owner may override with a reason', async () => {
    await offers()
      .getByRole('button', { name: /^Temporary reduction/ })
      .click();
    const form = offers().getByRole('form', { name: 'Offer: reduction' });
    // This month is not invoiced yet, so the reduction may start with it.
    const start = form.getByLabel('Starting with the invoice of');
    const underWay = await start.locator('option', { hasText: 'under way' }).getAttribute('value');
    await start.selectOption(underWay ?? '');
    // The policy's limits stand beside the inputs, and the form starts within them.
    expect(await form.getByRole('complementary', { name: 'Your save policy' }).textContent()).toContain(
      'Up to 50% off',
    );
    expect(await form.getByLabel('Reduction').inputValue()).toBe('50');
    await form.getByLabel('Reduction').fill('60');
    await form.getByLabel('For', { exact: true }).fill('3');
    await form.getByRole('button', { name: 'Preview the next 12 invoices' }).click();

    const refusal = form.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('reduction maximum percent is 50% (asked 60%)');
    expect(await form.locator('.field-error').first().textContent()).toContain('reduction maximum percent');
    await form.getByLabel('Override with a reason').waitFor();
    await saveFullPage(page, 'save-call-refused');
  });

  it('previews 50 % for 3 months side by side with its revenue effect', async () => {
    const form = offers().getByRole('form', { name: 'Offer: reduction' });
    await form.getByLabel('Reduction').fill('50');
    await form.getByRole('button', { name: 'Preview the next 12 invoices' }).click();

    const table = offers().getByRole('table', {
      name: /^Next 12 invoices without and with: 50% off for 3 months/,
    });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(12);
    const changed = table.locator('tbody tr.comparison-changed');
    expect(await changed.count()).toBe(3);
    expect(await changed.first().locator('.comparison-without').textContent()).toBe('€120.00');
    expect(await changed.first().locator('.comparison-with').textContent()).toBe('€60.00');
    expect(await offers().locator('.revenue-effect').textContent()).toContain('−€180.00');
    await saveFullPage(page, 'save-call-preview');
    await toPhone(page);
    await table.scrollIntoViewIfNeeded();
    await saveViewport(page, 'save-call-preview-390');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('the client accepts: a plain confirmation with dates and amounts', async () => {
    await offers().getByRole('button', { name: 'Client accepts' }).click();
    const confirmation = page.getByTestId('confirmation');
    await confirmation.waitFor();
    const text = (await confirmation.locator('.confirmation-text').textContent()) ?? '';
    expect(text).toMatch(/^Your 50% reduction applies to the invoices of \d{1,2} \w{3}/);
    expect(text).toContain('€60.00 instead of €120.00 each');
    expect(text).toMatch(/billing returns to the full price on \d{1,2} \w{3} \d{4} \(€120\.00\)/);
    expect(await offers().getByTestId('offer').first().textContent()).toContain('Accepted');
    await confirmation.getByRole('button', { name: 'Print' }).waitFor();
    await saveFullPage(page, 'save-call-confirmation');
    await toPhone(page);
    await confirmation.scrollIntoViewIfNeeded();
    await saveViewport(page, 'save-call-confirmation-390');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('records the outcome: saved', async () => {
    const outcome = page.getByRole('form', { name: 'Outcome' });
    // The accepted reduction points to "saved"; a downgrade or pause needs its own offer.
    expect(await outcome.getByLabel(/^Saved/).isChecked()).toBe(true);
    expect(await outcome.getByLabel(/^Downgraded/).isDisabled()).toBe(true);
    await outcome.getByRole('button', { name: 'Record the outcome: saved' }).click();
    await page.getByTestId('case-status').waitFor();
    expect(await page.getByTestId('case-status').textContent()).toBe('Saved');
    await page.getByRole('heading', { level: 1, name: `Call with ${CLIENT.name}` }).waitFor();
    await saveFullPage(page, 'save-call-saved');
  });

  it('shows the reduction on the client page and the case on the save desk', async () => {
    await page.goto(`${server.url}/clients/${clientId}`);
    const badge = page
      .getByRole('list', { name: 'Save desk' })
      .getByRole('link', { name: /^50% reduction until / });
    await badge.waitFor();
    expect(await badge.getAttribute('title')).toMatch(/^Billing returns to normal on /);
    await saveViewport(page, 'save-client-badge');
    await toPhone(page);
    await saveViewport(page, 'save-client-badge-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    await nav('Save desk').click();
    await page.getByRole('heading', { level: 1, name: 'Save desk' }).waitFor();
    const row = page.getByTestId('case-row').filter({ hasText: CLIENT.name });
    await row.waitFor();
    expect(await row.textContent()).toContain('Saved');
    expect(await row.textContent()).toContain('Can’t afford it');
    expect(await row.textContent()).toContain('Temporary reduction');
    expect(await page.locator('.stat-save-rate').textContent()).toContain('100%');
    await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Cancelled' }).click();
    await page.getByText('No calls match').waitFor();
    await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'All' }).click();
    await row.waitFor();
    await saveFullPage(page, 'save-desk');
    await toPhone(page);
    await saveFullPage(page, 'save-desk-390');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('reminds on Today when billing returns to normal soon; the policy is in Settings', async () => {
    // A second client whose one-month holiday (through the API) ends within days.
    const anchor = soonAnchor();
    const other = await post('/clients', { name: 'Tomás Rivera', since: '2024-06-01' });
    await post('/agreements', {
      clientId: other.id,
      description: 'Studio retainer',
      priceMinor: 30_000,
      interval: 'month',
      startsOn: monthsBefore(anchor, 2),
    });
    const saveCase = await post('/saves', {
      clientId: other.id,
      reason: 'cant_afford',
      notes: 'A slow month.',
    });
    const { offer } = await post(`/saves/${saveCase.id}/offers`, {
      kind: 'holiday',
      fromPeriod: 1,
      periods: 1,
    });
    await post(`/saves/${saveCase.id}/offers/${offer.id}/accept`, {});

    await page.goto(server.url); // the API changed behind the page: load Today afresh
    const reminder = page.getByTestId('billing-return').filter({ hasText: 'Tomás Rivera' });
    await reminder.waitFor();
    expect(await reminder.textContent()).toMatch(/Billing returns to normal on \w{3} \d{1,2}, \d{4}/);
    await saveFullPage(page, 'save-today');

    await page.goto(`${server.url}/settings/save-policy`);
    await page.getByRole('heading', { name: 'Save policy' }).waitFor();
    expect(await page.locator('.policy-summary').textContent()).toContain('a reduction of up to 50%');
    await saveFullPage(page, 'save-policy-settings');
  });

  it('a cancellation opens the post-mortem, its corrective actions as tasks', async () => {
    const client = await post('/clients', { name: 'Ines Duarte', since: '2025-01-15' });
    await post('/agreements', {
      clientId: client.id,
      description: 'Monthly coaching',
      priceMinor: 9_000,
      interval: 'month',
      startsOn: monthsBefore(new Date(), 4),
    });
    const saveCase = await post('/saves', {
      clientId: client.id,
      reason: 'switching_provider',
      notes: 'Found a cheaper group programme.',
    });
    await page.goto(`${server.url}/saves/${saveCase.id}`);
    const outcome = page.getByRole('form', { name: 'Outcome' });
    await outcome.getByLabel(/^Cancelled/).check();
    await outcome
      .getByLabel('What in our system failed')
      .fill('No check-in for four months; she never saw the progress.');
    await outcome.getByLabel('Action 1', { exact: true }).fill('Quarterly progress review with every client');
    await outcome.getByRole('button', { name: 'Add an action' }).click();
    await outcome.getByLabel('Action 2', { exact: true }).fill('Compare our price with group programmes');
    await saveFullPage(page, 'save-call-cancel-form');
    await outcome.getByRole('button', { name: 'Record the outcome: cancelled' }).click();

    const postMortem = page.getByTestId('post-mortem');
    await postMortem.waitFor();
    expect(await page.getByTestId('case-status').textContent()).toBe('Cancelled');
    expect(await postMortem.textContent()).toContain('Switching provider');
    expect(await postMortem.textContent()).toContain('Quarterly progress review with every client');
    await saveFullPage(page, 'save-call-cancelled');
    await page.goto(`${server.url}/tasks`);
    await page.getByText('Compare our price with group programmes').waitFor();
    expect(browser.errors).toEqual([]);
  });
});
