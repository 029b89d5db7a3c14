import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';
import {
  countRows,
  disruptionWithClients,
  signedInStandIn,
} from '../disruption-oversight/oversight-test-aids.ts';

interface Step {
  id: string;
  title: string;
  position: number;
  state: string;
  doneAt: string | null;
}

describe('the recovery plan', () => {
  let t: TestApp;
  let owner: ApiClient;
  let workspaceId: string;
  let plan: string;
  let disruptionId: string;
  const titles = async (api: ApiClient = owner) =>
    (await api.get(plan)).body.items.map((step: Step) => `${step.position}:${step.title}`);

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
    const fixture = await disruptionWithClients(t, workspaceId, ['Alder Cafe']);
    disruptionId = fixture.disruptionId;
    plan = `/api/v1/disruptions/${disruptionId}/plan`;
  });
  afterAll(() => t.close());

  it('keeps steps in order, inserts at a position and moves the rest down', async () => {
    for (const title of ['Hire a temporary designer', 'Catch up on overdue drafts', 'Back to normal hours']) {
      const added = await owner.post(plan, { title, detail: `About: ${title}` });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      expect(added.body).toMatchObject({ title, state: 'planned', doneAt: null, detail: `About: ${title}` });
    }
    const first = await owner.post(plan, { title: 'Tell every client what happened', position: 0 });
    expect(first.body.position).toBe(0);
    expect(await titles()).toEqual([
      '0:Tell every client what happened',
      '1:Hire a temporary designer',
      '2:Catch up on overdue drafts',
      '3:Back to normal hours',
    ]);
    const farAway = await owner.post(plan, { title: 'Review what we learned', position: 50 });
    expect(farAway.body.position).toBe(4);
  });

  it('moves a step through its states, recording when it was done', async () => {
    const [step] = (await owner.get(plan)).body.items as Step[];
    const url = `${plan}/${step?.id}`;
    expect((await owner.patch(url, { state: 'in_progress' })).body).toMatchObject({
      state: 'in_progress',
      doneAt: null,
    });
    expect((await owner.patch(url, { state: 'done' })).body).toMatchObject({
      state: 'done',
      doneAt: '2026-11-23T09:00:00.000Z',
    });
    t.clock.advanceHours(2);
    // Editing a done step keeps when it was done.
    expect((await owner.patch(url, { title: 'Told every client' })).body).toMatchObject({
      title: 'Told every client',
      doneAt: '2026-11-23T09:00:00.000Z',
    });
    expect((await owner.patch(url, { state: 'planned', detail: '' })).body).toMatchObject({
      state: 'planned',
      doneAt: null,
      detail: null,
    });
    const [audit] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where entity_id = ${step?.id} and action = 'disruption_plan.update'`,
    );
    expect(audit?.n).toBe(4);
  });

  it('reorders by a full list of ids and refuses unknown, repeated or missing ids, changing nothing', async () => {
    const steps = (await owner.get(plan)).body.items as Step[];
    const ids = steps.map((step) => step.id);
    const reversed = await owner.post(`${plan}/reorder`, { ids: [...ids].reverse() });
    expect(reversed.status).toBe(200);
    expect(reversed.body.items.map((step: Step) => step.id)).toEqual([...ids].reverse());
    expect(reversed.body.items.map((step: Step) => step.position)).toEqual([0, 1, 2, 3, 4]);

    const before = { rows: await countRows(t), order: await titles() };
    const other = await disruptionWithClients(t, workspaceId, ['Birch Yoga']);
    const foreign = (await owner.post(`/api/v1/disruptions/${other.disruptionId}/plan`, { title: 'Theirs' }))
      .body;
    const afterForeign = { rows: await countRows(t), order: await titles() };
    const unknown = await owner.post(`${plan}/reorder`, { ids: [...ids.slice(0, 4), foreign.id] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([
      { path: 'ids.4', message: 'Not a step of this plan' },
      { path: 'ids', message: expect.stringContaining('Leaves out') },
    ]);
    const twice = await owner.post(`${plan}/reorder`, { ids: [...ids.slice(0, 4), ids[0]] });
    expect(twice.body.error.details[0]).toEqual({ path: 'ids.4', message: 'Listed twice' });
    const short = await owner.post(`${plan}/reorder`, { ids: ids.slice(1) });
    expect(short.status).toBe(400);
    expect((await owner.post(`${plan}/reorder`, { ids: ['x'] })).status).toBe(400);
    expect({ rows: await countRows(t), order: await titles() }).toEqual(afterForeign);
    expect(afterForeign.order).toEqual(before.order);

    expect((await owner.patch(`${plan}/${foreign.id}`, { state: 'done' })).status).toBe(404);
    expect((await owner.delete(`${plan}/${foreign.id}`)).status).toBe(404);
  });

  it('removes a step and closes the gap', async () => {
    const steps = (await owner.get(plan)).body.items as Step[];
    expect((await owner.delete(`${plan}/${steps[1]?.id}`)).status).toBe(204);
    const left = (await owner.get(plan)).body.items as Step[];
    expect(left.map((step) => step.position)).toEqual([0, 1, 2, 3]);
    expect(left.map((step) => step.id)).toEqual(steps.filter((_, i) => i !== 1).map((step) => step.id));
  });

  it('is read by its stand-ins and changed only by the team, and refuses bad steps', async () => {
    const fixture = await disruptionWithClients(t, workspaceId, ['Cedar Books']);
    const url = `/api/v1/disruptions/${fixture.disruptionId}/plan`;
    await owner.post(url, { title: 'Step one' });
    const sam = await signedInStandIn(t, workspaceId, 'Sam Stand-in');
    expect((await sam.api.get(url)).status).toBe(404);
    await owner.send('PUT', `/api/v1/disruptions/${fixture.disruptionId}/stand-ins`, {
      assignments: [{ clientId: fixture.clients[0]?.id, userId: sam.user.id }],
    });
    expect((await sam.api.get(url)).body.items.map((step: Step) => step.title)).toEqual(['Step one']);
    expect((await sam.api.post(url, { title: 'Mine' })).status).toBe(403);

    const before = await countRows(t);
    expect((await owner.post(url, { title: '   ' })).status).toBe(400);
    expect((await owner.post(url, { title: 'x'.repeat(201) })).status).toBe(400);
    expect((await owner.post(url, { title: 'ok', position: -1 })).status).toBe(400);
    expect((await owner.patch(`${url}/${fixture.clients[0]?.id}`, { state: 'done' })).status).toBe(404);
    expect((await owner.patch(`${url}/${fixture.clients[0]?.id}`, {})).status).toBe(400);
    expect((await owner.patch(`${url}/${fixture.clients[0]?.id}`, { state: 'finished' })).status).toBe(400);
    await t.database.db.execute(
      sql`update disruptions set status = 'resolved', resolved_at = now(), resolved_on = '2026-11-23' where id = ${fixture.disruptionId}`,
    );
    expect((await owner.post(url, { title: 'Too late' })).status).toBe(422);
    expect(await countRows(t)).toEqual(before);
  });
});
