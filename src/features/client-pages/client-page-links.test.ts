// The team's hold on the links: revoked, expired and forged links all answer the same
// not-found page, a new link can revoke the others, only the owner and staff manage them,
// and /c/ addresses never fall through to the web app. Runs on PGlite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient, insertUser } from '../../../test/support/factories.ts';
import { signIn } from '../../../test/support/test-app.ts';
import { buildApp } from '../../http/app.ts';
import { stepFingerprint } from '../disruption-board/board-test-aids.ts';
import { otherWorkspaceOwner } from '../invoices/billing-test-fixtures.ts';
import { type ClientPages, startClientPages } from './client-page-test-aids.ts';

describe('client pages', () => {
  let t: ClientPages['t'];
  let owner: ClientPages['owner'];
  let ws: string;
  let disruptionId: string;
  let ada: string;
  let issue: ClientPages['issue'];
  let open: ClientPages['open'];
  let post: ClientPages['post'];

  beforeAll(async () => {
    ({ t, owner, ws, disruptionId, ada, issue, open, post } = await startClientPages());
  });
  afterAll(() => t.close());

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
