// The client's private page as a link opens it: issued by the team, it shows only what a
// client may see and escapes everything; the team's list shows when it was last opened,
// never the token. Runs on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClientPages, startClientPages } from './client-page-test-aids.ts';

describe('client pages', () => {
  let t: ClientPages['t'];
  let owner: ClientPages['owner'];
  let disruptionId: string;
  let ada: string;
  let hostile: string;
  let issue: ClientPages['issue'];
  let open: ClientPages['open'];

  beforeAll(async () => {
    ({ t, owner, disruptionId, ada, hostile, issue, open } = await startClientPages());
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
});
