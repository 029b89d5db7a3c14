// What the client's private page takes: their input onto the disruption and their
// timeline, a call request as a callback; bad input refused, views and posts rate-limited,
// and a refusal writes nothing. Runs on PGlite and PostgreSQL.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows.ts';
import { stepFingerprint } from '../disruption-board/board-test-aids.ts';
import { type ClientPages, startClientPages } from './client-page-test-aids.ts';

describe('client pages', () => {
  let t: ClientPages['t'];
  let ada: string;
  let issue: ClientPages['issue'];
  let open: ClientPages['open'];
  let post: ClientPages['post'];

  beforeAll(async () => {
    ({ t, ada, issue, open, post } = await startClientPages());
  });
  afterAll(() => t.close());

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
});
