// Reading the board over the board story (board-story-test-aids.ts): paging, search and
// the step filter; what a stand-in sees; refusals; the OpenAPI document. Runs on PGlite
// and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, TestApp } from '../../../test/support/test-app.ts';
import { otherWorkspaceOwner } from '../invoices/billing-test-fixtures.ts';
import { startBoardStory } from './board-story-test-aids.ts';

describe('the board', () => {
  let t: TestApp;
  let owner: ApiClient;
  let disruptionId: string;
  let standIn: ApiClient;

  beforeAll(async () => {
    ({ t, owner, disruptionId, standIn } = await startBoardStory());
  });
  afterAll(() => t.close());

  it('pages by name with a cursor and filters by name', async () => {
    const first = await owner.get(`/api/v1/disruptions/${disruptionId}/board?limit=2`);
    expect(first.body.items.map((r: { clientName: string }) => r.clientName)).toEqual([
      'Ada Lovelace',
      'Ben Okri',
    ]);
    const second = await owner.get(
      `/api/v1/disruptions/${disruptionId}/board?limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((r: { clientName: string }) => r.clientName)).toEqual([
      'Cy Twombly',
      'Dee Snider',
    ]);
    const last = await owner.get(
      `/api/v1/disruptions/${disruptionId}/board?limit=2&cursor=${second.body.nextCursor}`,
    );
    expect(last.body.items.map((r: { clientName: string }) => r.clientName)).toEqual(['Eve Arden']);
    expect(last.body.nextCursor).toBeNull();
    const found = await owner.get(`/api/v1/disruptions/${disruptionId}/board?q=WRAY`);
    expect(found.body.items).toEqual([]); // Fay was removed from the disruption
    const dee = await owner.get(`/api/v1/disruptions/${disruptionId}/board?q=snid`);
    expect(dee.body.items.map((r: { clientName: string }) => r.clientName)).toEqual(['Dee Snider']);
  });

  it('filters by a step’s state: who has not been contacted, whose update or callback is late', async () => {
    const names = async (query: string) =>
      (await owner.get(`/api/v1/disruptions/${disruptionId}/board?${query}`)).body.items.map(
        (r: { clientName: string }) => r.clientName.split(' ')[0],
      );
    expect(await names('step=contact&state=due,overdue')).toEqual(['Cy']);
    expect(await names('step=communicate&state=overdue')).toEqual(['Ben', 'Cy']);
    expect(await names('step=oversee&state=overdue')).toEqual(['Eve']);
    expect(await names('step=time_frame&state=due,overdue')).toEqual(['Ben', 'Cy', 'Eve']);
    expect(await names('step=plan&state=done')).toEqual(['Ada']);
    expect(await names('step=thank&state=done')).toEqual([]);
    expect(await names('step=communicate&state=overdue&q=okri')).toEqual(['Ben']);
    const first = await owner.get(`/api/v1/disruptions/${disruptionId}/board?step=plan&state=due&limit=2`);
    expect(first.body.items.map((r: { clientName: string }) => r.clientName)).toEqual([
      'Cy Twombly',
      'Dee Snider',
    ]);
    const next = await owner.get(
      `/api/v1/disruptions/${disruptionId}/board?step=plan&state=due&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(next.body.items.map((r: { clientName: string }) => r.clientName)).toEqual(['Eve Arden']);
    expect(next.body.nextCursor).toBeNull();
  });

  it('shows a stand-in only the clients they stand in for, on the board and in the figures', async () => {
    const board = await standIn.get(`/api/v1/disruptions/${disruptionId}/board`);
    expect(board.status).toBe(200);
    expect(board.body.items.map((r: { clientName: string }) => r.clientName)).toEqual([
      'Ada Lovelace',
      'Eve Arden',
    ]);
    const figures = await standIn.get(`/api/v1/disruptions/${disruptionId}/figures`);
    expect(figures.body.clients).toBe(2);
    expect(figures.body.reports).toMatchObject({ accepted: 1, sentBack: 2, waiting: 1 });
  });

  it('refuses other workspaces, unknown disruptions and bad cursors', async () => {
    const stranger = await otherWorkspaceOwner(t);
    expect((await stranger.get(`/api/v1/disruptions/${disruptionId}/board`)).status).toBe(404);
    expect((await stranger.get(`/api/v1/disruptions/${disruptionId}/figures`)).status).toBe(404);
    const unknown = '00000000-0000-7000-8000-000000000000';
    expect((await owner.get(`/api/v1/disruptions/${unknown}/board`)).status).toBe(404);
    expect((await owner.get(`/api/v1/disruptions/not-a-uuid/figures`)).status).toBe(400);
    const bad = await owner.get(
      `/api/v1/disruptions/${disruptionId}/board?cursor=${Buffer.from('["x",1]').toString('base64url')}`,
    );
    expect(bad.status).toBe(400);
    expect((await owner.get(`/api/v1/disruptions/${disruptionId}/board?limit=201`)).status).toBe(400);
    const anonymous = await t.app.inject({
      method: 'GET',
      url: `/api/v1/disruptions/${disruptionId}/figures`,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('lists the board and figures in the OpenAPI document', async () => {
    const doc = (await owner.get('/api/openapi.json')).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/disruptions/{id}/board', '/api/v1/disruptions/{id}/figures']),
    );
  });
});
