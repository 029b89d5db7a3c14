// Hard times, in a real browser against the real server: the owner declares a disruption
// over every active client (the promise = estimate + buffer, shown live) → assigns a
// stand-in to one client → the stand-in signs in, sees only that client, has a vague
// report refused with its reasons and files a concrete one → cannot open a client that is
// not theirs → the owner accepts the report → issues the client's private link → the
// client, with no login, reads the update (not the private detail) and asks for a call →
// the owner sees the input and a callback due → books a meeting by finding the client by
// name → filters the board by a step's state.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type BrowserSession,
  describeInBrowser,
  JOURNEY_OWNER,
  type Journey,
  launchBrowser,
  type RunningServer,
  saveScreenshot,
  signInAs,
  signOut,
  startJourney,
} from '../support/browser.ts';

const OWNER = JOURNEY_OWNER;
const STAND_IN = { name: 'Sam Standin', email: 'sam@example.com', password: 'another horse battery' };
const CLIENTS = [
  { name: 'Maya Lindqvist', email: 'maya@example.com', since: '2023-03-12' },
  { name: 'Tomás Rivera', phone: '+44 20 7946 0101', since: '2024-06-01' },
  { name: 'Ines Duarte', since: '2025-01-15' },
];
const COVERED = CLIENTS[1]?.name ?? ''; // the client the stand-in covers
const TITLE = 'Olive is in hospital';
const PRIVATE = 'Appendix surgery on Monday; the doctor says two weeks off, maybe three.';
const MESSAGE =
  'Olive is unwell and away for a few weeks. Sam is looking after your project meanwhile, and we will keep you posted every week.';
const GOOD_REPORT = {
  whatWasDone: 'Called Tomás at 10:15 about the delayed March report and walked him through the draft.',
  outcome: 'He accepts a one-week delay if he sees the draft first.',
  nextStep: 'Send him the revised draft by Friday.',
};
const CLIENT_INPUT = 'Could we talk about the timeline? The launch date matters to us.';

const DAY_MS = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

// The server runs on the real clock in a UTC workspace: the estimate is two weeks out,
// and a week of wiggle room makes the promise three weeks out.
const TODAY = new Date();
const ESTIMATE = isoDay(new Date(TODAY.getTime() + 14 * DAY_MS));
const PROMISE_DAY = new Date(TODAY.getTime() + 21 * DAY_MS);
const PROMISE = isoDay(PROMISE_DAY);
// Spelled out by the browser's own calendar data, not by the code under test.
const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long' }).format(PROMISE_DAY);
const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
}).format(PROMISE_DAY);

/** The whole page from the top, when RAPPORT_SCREENSHOTS names a folder. */
async function saveFullPage(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name);
}

describeInBrowser('hard times journey', () => {
  let server: RunningServer;
  let browser: BrowserSession;
  let page: Page;
  let journey: Journey;
  let disruptionId = '';
  let clientPagePath = '';
  const clientIds = new Map<string, string>();

  beforeAll(async () => {
    journey = await startJourney();
    ({ server, browser } = journey);
    page = browser.page;
  });

  afterAll(() => journey?.close());

  /** The API with the browser's own session cookie: whoever is signed in on `page`. */
  const api = async (path: string, init: { method?: 'GET' | 'POST'; data?: object } = {}) => {
    const url = `${server.url}/api/v1${path}`;
    const response =
      init.method === 'POST'
        ? await browser.context.request.post(url, { data: init.data ?? {} })
        : await browser.context.request.get(url);
    return { status: response.status(), body: await response.json() };
  };
  const post = async (path: string, data: object) => {
    const { status, body } = await api(path, { method: 'POST', data });
    expect(status, `${path}: ${JSON.stringify(body)}`).toBeLessThan(300);
    return body;
  };
  const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
  const tab = (name: string) =>
    page.getByRole('navigation', { name: 'Disruption sections' }).getByRole('link', { name, exact: true });
  const idOf = (name: string) => clientIds.get(name) ?? '';

  it('signs the owner in; three clients and a stand-in exist', async () => {
    await signInAs(page, server.url, OWNER);
    // Set up through the API with the browser's own session: the journey is the disruption.
    for (const client of CLIENTS) clientIds.set(client.name, (await post('/clients', client)).id);
    await post('/users', { ...STAND_IN, role: 'stand_in' });
  });

  it('declares a disruption: the promise is the estimate plus the buffer', async () => {
    await nav('Hard times').click();
    await page.getByRole('heading', { level: 1, name: 'Hard times' }).waitFor();
    await page.getByText('No disruptions').waitFor();
    await page.getByRole('button', { name: 'Declare a disruption' }).click();

    const dialog = page.getByRole('dialog', { name: 'Declare a disruption' });
    await dialog.getByLabel('Title').fill(TITLE);
    await dialog.getByLabel('What clients are told').fill(MESSAGE);
    await dialog.getByLabel(/^Private detail/).fill(PRIVATE);
    expect(await dialog.getByLabel('All active clients').isChecked()).toBe(true);
    const promise = dialog.locator('.promise-live');
    expect(await promise.textContent()).toContain('no date yet');
    await dialog.getByLabel(/^Our estimate/).fill(ESTIMATE);
    await dialog.getByLabel('Buffer (days)').fill('7');
    await promise.getByText(`${weekday} ${dayMonthYear}`).waitFor();
    // The preview fills the merge fields with the message and the promise.
    const preview = dialog.getByRole('region', { name: /^Preview for/ });
    expect(await preview.textContent()).toContain(MESSAGE);
    expect(await preview.textContent()).toContain(dayMonthYear);
    await saveScreenshot(page, 'hard-times-declare');
    await dialog.getByRole('button', { name: 'Declare and start outreach' }).click();

    await page.waitForURL(/\/disruptions\/[0-9a-f-]{36}\/clients$/);
    disruptionId = page.url().split('/').at(-2) ?? '';
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const rows = page.getByTestId('affected-row');
    await rows.nth(2).waitFor();
    expect(await rows.count()).toBe(3);
    for (const client of CLIENTS) {
      const row = rows.filter({ hasText: client.name });
      expect(await row.locator('td[data-label="Outreach task"]').textContent()).toMatch(/^Open/);
    }
    expect(await page.locator('.promise-date').textContent()).toBe(`${weekday} ${dayMonthYear}`);
    await saveFullPage(page, 'hard-times-clients');

    const { body } = await api(`/disruptions/${disruptionId}`);
    expect(body).toMatchObject({
      title: TITLE,
      privateDetail: PRIVATE,
      estimateOn: ESTIMATE,
      bufferDays: 7,
      promisedOn: PROMISE,
    });
    expect(body.counts.affected).toBe(3);
    // An open outreach task per client; only the one with an e-mail address gets the
    // message, through the outbox, with the merge fields filled in.
    const tasks = await api('/tasks?state=open&limit=50');
    expect(new Set(tasks.body.items.map((task: { clientId: string }) => task.clientId))).toEqual(
      new Set(clientIds.values()),
    );
    const outbox = await api(`/outbox?sourceId=${disruptionId}`);
    expect(outbox.body.items).toHaveLength(1);
    expect(outbox.body.items[0]).toMatchObject({
      toAddress: CLIENTS[0]?.email,
      clientName: CLIENTS[0]?.name,
    });
    const mail = await api(`/outbox/${outbox.body.items[0].id}`);
    expect(mail.body.bodyText).toContain(MESSAGE);
    expect(mail.body.bodyText).toContain(dayMonthYear);
    expect(mail.body.bodyText).not.toContain(PRIVATE);
  });

  it('assigns the stand-in to one client', async () => {
    await tab('Stand-ins & reports').click();
    const select = page.getByLabel(`Stand-in for ${COVERED}`);
    await select.selectOption({ label: STAND_IN.name });
    await page.getByText(`${STAND_IN.name} now stands in for that client`).waitFor();
    await page.getByText('1 of 3 covered').waitFor();
    expect(await select.locator('option:checked').textContent()).toBe(STAND_IN.name);
    await saveFullPage(page, 'hard-times-assigned');
  });

  it('the stand-in signs in and sees only their client', async () => {
    await signOut(page);
    await signInAs(page, server.url, STAND_IN);
    expect(await page.locator('.user-role').textContent()).toBe('Stand-in');
    await nav('Hard times').click();
    await page.getByRole('heading', { level: 1, name: 'Hard times' }).waitFor();
    // A stand-in does not declare disruptions.
    expect(await page.getByRole('button', { name: 'Declare a disruption' }).count()).toBe(0);
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await tab('Client pages').count()).toBe(0);

    await tab('Stand-ins & reports').click();
    const yours = page.getByRole('region', { name: 'Your clients' });
    await yours.getByText(COVERED).waitFor();
    expect(await yours.locator('.stand-in-client').count()).toBe(1);
    for (const other of CLIENTS.filter((client) => client.name !== COVERED)) {
      expect(await page.getByText(other.name).count()).toBe(0);
    }
    // The Clients tab shows the same one client.
    await tab('Clients').click();
    const rows = page.getByTestId('affected-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(COVERED);
    await saveFullPage(page, 'hard-times-stand-in-clients');
  });

  it('refuses a vague report with its reasons, and files a concrete one', async () => {
    await tab('Stand-ins & reports').click();
    const yours = page.getByRole('region', { name: 'Your clients' });
    await yours.getByRole('button', { name: 'Write report' }).click();
    const form = page.getByRole('form', { name: `Report on ${COVERED}` });
    await form.getByLabel('What was done').fill('Everything’s fine');
    await form.getByLabel('Outcome').fill('All good');
    await form.getByLabel('Next step').fill('Keep going');
    await form.getByRole('button', { name: 'Send report' }).click();

    await form.getByRole('alert').getByText('Not accepted: the report is too vague').waitFor();
    // Each part's reasons stand beside it.
    const reasonFor = async (label: string) => {
      const field = form.getByLabel(label, { exact: true });
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      const part = form.locator('.field', { has: page.getByLabel(label, { exact: true }) });
      return (await part.locator('.field-error').textContent()) ?? '';
    };
    expect(await reasonFor('What was done')).toMatch(
      /^["“]Everything['’]s fine["”] is reassurance, not a report/,
    );
    expect(await reasonFor('What was done')).toContain('Name what you did');
    expect(await reasonFor('Outcome')).toContain('is reassurance, not an outcome');
    expect(await reasonFor('Next step')).toContain('too short to say what happened');
    await saveFullPage(page, 'hard-times-vague-refused');
    // Nothing was filed.
    const none = await api(`/disruptions/${disruptionId}/reports`);
    expect(none.status).toBe(200);
    expect(none.body.items).toEqual([]);
    expect(await page.getByText('Reports you file appear here').count()).toBe(1);

    await form.getByLabel('What was done').fill(GOOD_REPORT.whatWasDone);
    await form.getByLabel('Outcome').fill(GOOD_REPORT.outcome);
    await form.getByLabel('Next step').fill(GOOD_REPORT.nextStep);
    await form.getByText('Concrete enough to send').waitFor();
    await form.getByRole('button', { name: 'Send report' }).click();

    await form.waitFor({ state: 'detached' });
    const mine = page.getByRole('region', { name: 'Your reports' });
    const card = mine.getByRole('article', { name: `Report on ${COVERED}` });
    await card.waitFor();
    expect(await card.locator('.badge').textContent()).toBe('To review');
    expect(await card.textContent()).toContain(GOOD_REPORT.whatWasDone);
    await yours.getByText('Last report: to review').waitFor();
    await saveFullPage(page, 'hard-times-report-filed');
  });

  it('the stand-in cannot open a client that is not theirs', async () => {
    const other = CLIENTS[0]?.name ?? '';
    const refused = await api(`/clients/${idOf(other)}`);
    expect(refused.status).toBe(404);
    await page.goto(`${server.url}/clients/${idOf(other)}`);
    await page.getByText('Client not found').waitFor();
    expect(await page.getByText(other).count()).toBe(0);
    // Their own client opens.
    await page.goto(`${server.url}/clients/${idOf(COVERED)}`);
    await page.getByRole('heading', { level: 1, name: COVERED }).waitFor();
  });

  it('the owner accepts the report', async () => {
    await signOut(page);
    await signInAs(page, server.url, OWNER);
    await page.goto(`${server.url}/disruptions/${disruptionId}/oversight`);
    const reports = page.getByRole('region', { name: 'Reports', exact: true });
    const card = reports.getByRole('article', { name: `Report on ${COVERED}` });
    await card.waitFor();
    expect(await card.textContent()).toContain(STAND_IN.name);
    expect(await card.textContent()).toContain(GOOD_REPORT.nextStep);
    await saveFullPage(page, 'hard-times-review');
    await card.getByRole('button', { name: 'Accept' }).click();
    await page.getByText('Report accepted').waitFor();
    // It leaves the "To review" queue and shows under Accepted.
    await card.waitFor({ state: 'detached' });
    await reports.getByRole('button', { name: 'Accepted' }).click();
    await card.locator('.badge', { hasText: 'Accepted' }).waitFor();

    const accepted = await api(`/disruptions/${disruptionId}/reports?status=accepted`);
    expect(accepted.body.items).toHaveLength(1);
    expect(accepted.body.items[0]).toMatchObject({ status: 'accepted', outcome: GOOD_REPORT.outcome });
  });

  it('issues the client’s private link, shown once, replacing the one sent with the outreach', async () => {
    await tab('Client pages').click();
    const row = page.locator('.cp-row', { hasText: COVERED });
    // Declaring issued a link per client already: the outreach message carries it.
    const links = row.getByRole('list', { name: `Links for ${COVERED}` }).getByRole('listitem');
    await links.first().waitFor();
    expect(await links.count()).toBe(1);
    expect(await links.first().textContent()).toContain('never opened');
    await row.getByRole('button', { name: 'Replace' }).click();
    const dialog = page.getByRole('dialog', { name: `Private page for ${COVERED}` });
    const url = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
    expect(url).toMatch(/\/c\/[A-Za-z0-9_-]{20,}$/);
    await dialog.getByText('The older link was revoked.').waitFor();
    // The server names its configured public address; this one runs on a random port.
    clientPagePath = new URL(url).pathname;
    await saveScreenshot(page, 'hard-times-link-issued');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await links.nth(1).waitFor();
    expect(await links.first().locator('.badge').textContent()).toBe('active');
    expect(await links.nth(1).locator('.badge').textContent()).toBe('revoked');
  });

  it('the client opens the private page with no login and asks for a call', async () => {
    const client = await launchBrowser({ viewport: { width: 390, height: 844 } });
    try {
      const phone = client.page;
      await phone.goto(`${server.url}${clientPagePath}`);
      await phone.getByRole('heading', { level: 1, name: 'Hello Tomás,' }).waitFor();
      const text = (await phone.locator('main').textContent()) ?? '';
      expect(text).toContain(MESSAGE);
      expect(text).toMatch(new RegExp(`${weekday} ${dayMonthYear}`));
      // Nothing private: not the detail, not the team's title, not the estimate.
      expect(text).not.toContain(PRIVATE);
      expect(text).not.toContain('hospital');
      expect(await phone.content()).not.toContain('Appendix');
      await saveFullPage(phone, 'hard-times-client-page-390');

      await phone.getByLabel('Your message').fill(CLIENT_INPUT);
      await phone.getByLabel('Please call me').check();
      await phone.getByRole('button', { name: 'Send' }).click();
      await phone.getByRole('heading', { level: 1, name: 'Thank you, Tomás' }).waitFor();
      expect(await phone.locator('main').textContent()).toContain('will call you as soon as we can');
      expect(phone.url()).toBe(`${server.url}${clientPagePath}/sent?call=1`);
      await saveFullPage(phone, 'hard-times-client-sent-390');

      // A forged token gets the plain not-found page.
      const forged = await phone.goto(`${server.url}/c/cp_not-a-real-token`);
      expect(forged?.status()).toBe(404);
      await phone.getByRole('heading', { name: 'This link is no longer valid' }).waitFor();
      expect(client.errors).toEqual([]);
    } finally {
      await client.close();
    }
  });

  it('the owner sees the input and a callback due', async () => {
    await tab('Plan & meetings').click();
    const inputs = page.getByRole('region', { name: 'Clients’ input' });
    const item = inputs.locator('.input-item', { hasText: CLIENT_INPUT });
    await item.waitFor();
    expect(await item.textContent()).toContain(COVERED);
    expect(await item.textContent()).toContain('From their page');
    expect(await item.textContent()).toContain('Wants a call');
    await saveFullPage(page, 'hard-times-plan-input');

    await nav('Callbacks').click();
    const callback = page.getByTestId('callback').filter({ hasText: COVERED });
    await callback.waitFor();
    expect(await callback.textContent()).toContain('Asked for a call from their private page');
    expect(await callback.locator('.badge').first().textContent()).toMatch(/^\s*Due in/);
    await saveFullPage(page, 'hard-times-callbacks');

    // Due by the disruption's shorter callback time (the default two hours).
    const { body } = await api(`/callbacks?clientId=${idOf(COVERED)}`);
    expect(body.items).toHaveLength(1);
    const [open] = body.items;
    expect(Date.parse(open.dueAt) - Date.parse(open.openedAt)).toBe(120 * 60_000);
    const pages = await api(`/disruptions/${disruptionId}/client-pages`);
    const link = pages.body.items.find((row: { clientId: string }) => row.clientId === idOf(COVERED));
    expect(link.links[0].lastOpenedAt).not.toBeNull();
    expect(browser.errors).toEqual([]);
  });

  it('the owner books a meeting by finding the client by name, and filters the board by a step', async () => {
    await page.goto(`${server.url}/disruptions/${disruptionId}/plan`);
    await page.getByRole('button', { name: 'Schedule a meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Schedule a meeting' });
    await dialog.getByRole('searchbox', { name: 'Client' }).fill('duar');
    const matches = dialog.getByRole('list', { name: 'Matching affected clients' });
    // The first few show on focus; typing narrows them to the one match.
    await expect
      .poll(() => matches.getByRole('button').allTextContents())
      .toEqual(['Ines Duarte · no e-mail']);
    await matches.getByRole('button', { name: /Ines Duarte/ }).click();
    await dialog.getByText('Ines Duarte has no e-mail address: download the invite instead').waitFor();
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    // Booked: the dialog closes (it sits inside the Meetings section, naming the client too).
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('region', { name: 'Meetings' }).getByText('Ines Duarte', { exact: true }).waitFor();

    // Step 3: only Tomás has a stand-in, and his report was accepted.
    await tab('Board').click();
    await page.getByRole('combobox', { name: 'Step to filter by' }).selectOption('oversee');
    await page
      .getByRole('group', { name: /Show only clients/ })
      .getByRole('button', { name: 'Done' })
      .click();
    await page.getByText('Showing clients whose Oversee is Done').waitFor();
    expect(page.url()).toContain('step=oversee&state=done');
    const names = page
      .getByRole('table', { name: 'Affected clients by playbook step' })
      .getByRole('rowheader');
    await expect.poll(() => names.allTextContents()).toEqual([`${COVERED}Stand-in: ${STAND_IN.name}`]);
    // The filter is in the URL: the same link shows the same clients.
    await page.reload();
    await page.getByText('Showing clients whose Oversee is Done').waitFor();
    await expect.poll(() => names.count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filter' }).click();
    await expect.poll(() => names.count()).toBe(CLIENTS.length);
    expect(browser.errors).toEqual([]);
  });
});
