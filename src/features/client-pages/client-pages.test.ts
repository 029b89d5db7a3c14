import { randomUUID } from 'node:crypto';
// The client's private page: links issued, listed and revoked by the team; the public
// page shows only what a client may see, escapes everything, takes input or a call
// request, and answers every bad link the same way. Runs on PGlite and PostgreSQL.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient, insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';
import { disruptionPlanSteps, disruptionReports } from '../../db/schema/index.ts';
import { buildApp } from '../../http/app.ts';
import {
  addAffected,
  affectedClients,
  insertDisruption,
  stepFingerprint,
} from '../disruption-board/board-test-aids.ts';
import { otherWorkspaceOwner } from '../invoices/billing-test-fixtures.ts';

const ADDED = new Date('2026-11-22T09:00:00Z');
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describe('client pages', () => {
  let t: TestApp;
  let owner: ApiClient;
  let ws: string;
  let disruptionId: string;
  let ada: string;
  let hostile: string;

  const issue = async (clientId: string, body: object = {}) => {
    const response = await owner.post(
      `/api/v1/disruptions/${disruptionId}/clients/${clientId}/client-page`,
      body,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return { ...response.body, path: new URL(response.body.url).pathname as string };
  };
  const open = (path: string) => t.app.inject({ method: 'GET', url: path });
  const post = (path: string, form: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: `${path}/input`,
      headers: FORM,
      payload: new URLSearchParams(form).toString(),
    });

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    ws = setup.me.workspace.id;
    const db = t.database.db;
    const disruption = await insertDisruption(db, ws, {
      privateDetail: 'PRIVATE-DETAIL: chemotherapy until January',
      clientMessage: 'I am unwell for a few weeks.\n\nSam <img src=x onerror=alert(1)> keeps things running.',
      estimateOn: '2026-12-08',
      bufferDays: 7,
      promisedOn: '2026-12-15',
    });
    disruptionId = disruption.id;
    [ada] = (await affectedClients(db, ws, disruptionId, ['Ada Lovelace', 'Ben Okri'], ADDED)) as [string];
    const evil = await insertClient(db, ws, { name: '<script>alert("x")</script> Mallory' });
    hostile = evil.id;
    await addAffected(db, ws, disruptionId, [hostile], ADDED);
    await db.insert(disruptionPlanSteps).values([
      { workspaceId: ws, disruptionId, position: 1, title: 'Hand over to Sam', state: 'done' },
      {
        workspaceId: ws,
        disruptionId,
        position: 2,
        title: 'Weekly calls "><b>bold</b>',
        detail: 'Every Tuesday',
      },
    ]);
    const sam = await insertUser(db, ws, 'stand_in', { name: 'Samantha Standin' });
    await db.insert(disruptionReports).values({
      workspaceId: ws,
      disruptionId,
      clientId: ada,
      authorUserId: sam.user.id,
      whatWasDone: 'INTERNAL-REPORT: chased the overdue invoice',
      outcome: 'Paid',
      nextStep: 'None',
    });
  });
  afterAll(() => t.close());

  it('issues a link whose page shows the update, the promise and the plan, and nothing private', async () => {
    const issued = await issue(ada);
    expect(issued.url).toMatch(/^http:\/\/localhost:3000\/c\/cp_[A-Za-z0-9_-]{43}$/);
    expect(issued.link).toMatchObject({
      clientId: ada,
      state: 'active',
      lastOpenedAt: null,
      revokedAt: null,
    });
    expect(issued.link.expiresAt).toBe('2027-02-21T09:00:00.000Z'); // 90 days

    const page = await open(issued.path);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const body = page.body;
    expect(body).toContain('<header>Harbor Studio</header>');
    expect(body).toContain('Hello Ada,');
    expect(body).toContain('I am unwell for a few weeks.');
    expect(body).toContain('Tuesday 15 December 2026');
    expect(body).toContain('1 of 2 steps done');
    expect(body).toContain('Hand over to Sam');
    expect(body).toContain('Every Tuesday');
    expect(body).toContain('name="message"');
    expect(body).toContain('name="wantsCall"');
    for (const secret of [
      'PRIVATE-DETAIL',
      'chemotherapy',
      'INTERNAL-REPORT',
      'Samantha',
      'Okri',
      'Mallory',
      'Lovelace',
      '8 December',
      '2026-12-08',
      'ada.lovelace@',
    ]) {
      expect(body, secret).not.toContain(secret);
    }
    // Escaped, not markup; and no script anywhere.
    expect(body).toContain('Sam &lt;img src=x onerror=alert(1)&gt; keeps');
    expect(body).toContain('Weekly calls &quot;&gt;&lt;b&gt;bold&lt;/b&gt;');
    expect(body).not.toMatch(/<script|<img|<b>/i);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(page.headers['cache-control']).toBe('no-store');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/script-src/);
  });

  it('escapes a hostile client name on the page', async () => {
    const issued = await issue(hostile);
    const page = await open(issued.path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;,');
    expect(page.body).not.toMatch(/<script/i);
  });

  it('lists each client’s links with state and last opened, never the token', async () => {
    const list = await owner.get(`/api/v1/disruptions/${disruptionId}/client-pages`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((row: { clientName: string }) => row.clientName)).toEqual([
      '<script>alert("x")</script> Mallory',
      'Ada Lovelace',
      'Ben Okri',
    ]);
    const adaRow = list.body.items[1];
    expect(adaRow.links).toHaveLength(1);
    expect(adaRow.links[0]).toMatchObject({ state: 'active', lastOpenedAt: '2026-11-23T09:00:00.000Z' });
    expect(list.body.items[2].links).toEqual([]);
    expect(JSON.stringify(list.body)).not.toMatch(/cp_|token/i);
    const paged = await owner.get(`/api/v1/disruptions/${disruptionId}/client-pages?limit=2`);
    const next = await owner.get(
      `/api/v1/disruptions/${disruptionId}/client-pages?limit=2&cursor=${paged.body.nextCursor}`,
    );
    expect(next.body.items.map((row: { clientName: string }) => row.clientName)).toEqual(['Ben Okri']);
  });

  it('takes the client’s input onto the disruption and their timeline, then confirms (post/redirect/get)', async () => {
    const issued = await issue(ada);
    const sent = await post(issued.path, { message: '  Tuesdays suit me <b>best</b>.  ' });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`${issued.path}/sent`);
    const confirmation = await open(String(sent.headers.location));
    expect(confirmation.statusCode).toBe(200);
    expect(confirmation.body).toContain('Thank you, Ada');
    expect(confirmation.body).not.toContain('call you');
    expect(confirmation.body).toContain('get back to you');

    const [input] = await queryRows<{
      source: string;
      body: string;
      wants_call: boolean;
      summary: string;
      direction: string;
      callback_id: string | null;
      user_id: string | null;
    }>(
      t.database.db,
      sql`select i.source::text as source, i.body, i.wants_call, x.summary, x.direction::text as direction, i.callback_id, x.user_id
          from disruption_inputs i join interactions x on x.id = i.interaction_id where i.client_id = ${ada}`,
    );
    expect(input).toEqual({
      source: 'client_page',
      body: 'Tuesdays suit me <b>best</b>.',
      wants_call: false,
      summary: 'Wrote from their private page',
      direction: 'inbound',
      callback_id: expect.any(String),
      user_id: null,
    });
    const [audit] = await queryRows<{ actor_label: string }>(
      t.database.db,
      sql`select actor_label from audit_log where action = 'disruption_input.create'`,
    );
    expect(audit?.actor_label).toBe('Client page');
  });

  it('opens a callback when the client asks for a call, even without a message', async () => {
    const issued = await issue(ada);
    const sent = await post(issued.path, { message: '', wantsCall: 'yes' });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`${issued.path}/sent?call=1`);
    expect((await open(String(sent.headers.location))).body).toContain('will call you');
    const [row] = await queryRows<{
      callback_id: string | null;
      wants_call: boolean;
      answered_at: Date | null;
    }>(
      t.database.db,
      sql`select i.callback_id, i.wants_call, c.answered_at from disruption_inputs i
          join callbacks c on c.id = i.callback_id where i.client_id = ${ada} and i.wants_call`,
    );
    expect(row?.callback_id).toBeTruthy();
    expect(row?.answered_at).toBeNull();
  });

  it('refuses an empty form, an overlong message and hostile bytes, writing nothing', async () => {
    const issued = await issue(ada);
    const before = await stepFingerprint(t.database.db);
    const empty = await post(issued.path, { message: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Write a message, or tick');
    const long = 'x'.repeat(2_001);
    const overlong = await post(issued.path, { message: long });
    expect(overlong.statusCode).toBe(413);
    expect(overlong.body).toContain('longer than 2,000 characters');
    expect(overlong.body).toContain(long); // kept, so they can shorten it
    const nul = await post(issued.path, { message: 'hello\u0000there' });
    expect(nul.statusCode).toBe(400);
    const huge = await post(issued.path, { message: 'y'.repeat(20_000) });
    expect(huge.statusCode).toBe(413);
    expect(huge.headers['content-type']).toMatch(/^text\/html/);
    expect(await stepFingerprint(t.database.db)).toEqual(before);
  });

  it('answers revoked, expired and forged links with the same plain not-found page', async () => {
    const revoked = await issue(ada);
    const expired = await issue(ada);
    const revoke = await owner.post(
      `/api/v1/disruptions/${disruptionId}/client-pages/${revoked.link.id}/revoke`,
    );
    expect(revoke.status).toBe(200);
    expect(revoke.body.state).toBe('revoked');
    expect(
      (await owner.post(`/api/v1/disruptions/${disruptionId}/client-pages/${revoked.link.id}/revoke`)).status,
    ).toBe(409);
    await t.database.db.execute(
      sql`update client_page_links set expires_at = '2026-11-23T08:59:59Z' where id = ${expired.link.id}`,
    );
    const forged = `/c/cp_${'A'.repeat(43)}`;
    const pages = await Promise.all(
      [revoked.path, expired.path, forged, '/c/not-a-token', '/c/x/y/z'].map(open),
    );
    for (const page of pages) {
      expect(page.statusCode).toBe(404);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.body).toContain('This link is no longer valid');
      expect(page.body).toBe(pages[0]?.body);
    }
    const before = await stepFingerprint(t.database.db);
    for (const path of [revoked.path, expired.path, forged]) {
      const refused = await post(path, { message: 'Are you there?', wantsCall: 'yes' });
      expect(refused.statusCode).toBe(404);
      expect(refused.body).toBe(pages[0]?.body);
    }
    expect(await stepFingerprint(t.database.db)).toEqual(before);
    const list = await owner.get(`/api/v1/disruptions/${disruptionId}/client-pages?q=ada`);
    const states = list.body.items[0].links.map((link: { id: string; state: string }) => [
      link.id,
      link.state,
    ]);
    expect(states).toEqual(
      expect.arrayContaining([
        [revoked.link.id, 'revoked'],
        [expired.link.id, 'expired'],
      ]),
    );
  });

  it('revokes the client’s other links when asked', async () => {
    const older = await issue(ada);
    const fresh = await issue(ada, { revokeOthers: true });
    expect(fresh.revokedLinkIds).toContain(older.link.id);
    expect((await open(older.path)).statusCode).toBe(404);
    expect((await open(fresh.path)).statusCode).toBe(200);
  });

  it('rate-limits views and posts per address and link', async () => {
    const issued = await issue(ada);
    for (let i = 0; i < 30; i++) expect((await open(issued.path)).statusCode).toBe(200);
    const limited = await open(issued.path);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^text\/html/);
    expect(limited.body).toContain('Too many requests');

    const other = await issue(ada);
    for (let i = 0; i < 5; i++)
      expect((await post(other.path, { message: `Note ${i}` })).statusCode).toBe(303);
    const before = await stepFingerprint(t.database.db);
    expect((await post(other.path, { message: 'One more' })).statusCode).toBe(429);
    expect(await stepFingerprint(t.database.db)).toEqual(before);
  });

  it('lets the owner and staff manage links; refuses stand-ins, strangers and unaffected clients', async () => {
    const staffUser = await insertUser(t.database.db, ws, 'staff');
    const staff = await signIn(t, staffUser.user.email, staffUser.password);
    expect(
      (await staff.post(`/api/v1/disruptions/${disruptionId}/clients/${ada}/client-page`, {})).status,
    ).toBe(201);
    const standInUser = await insertUser(t.database.db, ws, 'stand_in');
    const standIn = await signIn(t, standInUser.user.email, standInUser.password);
    const stranger = await otherWorkspaceOwner(t);
    const before = await stepFingerprint(t.database.db);
    expect(
      (await standIn.post(`/api/v1/disruptions/${disruptionId}/clients/${ada}/client-page`, {})).status,
    ).toBe(403);
    expect((await standIn.get(`/api/v1/disruptions/${disruptionId}/client-pages`)).status).toBe(403);
    expect(
      (await stranger.post(`/api/v1/disruptions/${disruptionId}/clients/${ada}/client-page`, {})).status,
    ).toBe(404);
    expect((await stranger.get(`/api/v1/disruptions/${disruptionId}/client-pages`)).status).toBe(404);
    const link = (await owner.get(`/api/v1/disruptions/${disruptionId}/client-pages?q=ada`)).body.items[0]
      .links[0];
    expect(
      (await stranger.post(`/api/v1/disruptions/${disruptionId}/client-pages/${link.id}/revoke`)).status,
    ).toBe(404);
    // A link is revoked through its own disruption only.
    const elsewhere = `/api/v1/disruptions/${randomUUID()}/client-pages/${link.id}/revoke`;
    expect((await owner.post(elsewhere)).status).toBe(404);
    const outsider = await insertClient(t.database.db, ws, { name: 'Not Affected' });
    expect(
      (await owner.post(`/api/v1/disruptions/${disruptionId}/clients/${outsider.id}/client-page`, {})).status,
    ).toBe(404);
    expect(
      (
        await owner.post(`/api/v1/disruptions/${disruptionId}/clients/${ada}/client-page`, {
          revokeOthers: 'yes',
        })
      ).status,
    ).toBe(400);
    expect(await stepFingerprint(t.database.db)).toEqual(before);
  });

  it('keeps /c/ addresses out of the web app’s fallback', async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'rapport-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>The web app</title>');
    const app = await buildApp({ database: t.database, now: t.clock.now, webDir });
    try {
      for (const url of ['/c/whatever', '/c/a/b', `/c/cp_${'B'.repeat(43)}`, '/c/']) {
        const page = await app.inject({ method: 'GET', url });
        expect(page.statusCode, url).toBe(404);
        expect(page.body).toContain('This link is no longer valid');
      }
      expect((await app.inject({ method: 'GET', url: '/disruptions' })).body).toContain('The web app');
    } finally {
      await app.close();
      rmSync(webDir, { recursive: true, force: true });
    }
  });
});
