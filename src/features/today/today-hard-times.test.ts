import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient, insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';

// Today leads with hard times on our side: each active disruption and what its clients
// still need, gone once it is resolved, and nothing of it for a stand-in not standing in.
describe('today: hard times', () => {
  let t: TestApp;
  let owner: ApiClient;
  let workspaceId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
  });
  afterAll(() => t.close());

  it('shows each active disruption with what its clients still need, until it is resolved', async () => {
    const db = t.database.db;
    const ada = await insertClient(db, workspaceId, { name: 'Ada Fielding', email: 'ada@example.com' });
    const ben = await insertClient(db, workspaceId, { name: 'Ben Okafor', phone: '+44 20 7946 0000' });
    const declared = await owner.post('/api/v1/disruptions', {
      title: 'Owner in hospital',
      clientMessage: 'Our owner is unwell; Sam is looking after your account.',
      audience: { kind: 'chosen', clientIds: [ada.id, ben.id] },
      estimateOn: '2026-12-04',
      bufferDays: 3,
    });
    expect(declared.status).toBe(201);
    const id = declared.body.disruption.id;

    const today = (await owner.get('/api/v1/today')).body;
    expect(today.hardTimes).toHaveLength(1);
    expect(today.hardTimes[0]).toMatchObject({
      id,
      title: 'Owner in hospital',
      promisedOn: '2026-12-07',
      estimatePastPromise: false,
      counts: { affected: 2, contacted: 0, outreachOpen: 2 },
    });

    // Ringing Ben is his outreach: one client still to reach.
    await owner.post(`/api/v1/clients/${ben.id}/interactions`, {
      channel: 'call',
      direction: 'outbound',
      summary: 'Told Ben about the hospital stay and that Sam covers until the 7th',
    });
    const after = (await owner.get('/api/v1/today')).body;
    expect(after.hardTimes[0].counts).toMatchObject({ contacted: 1, outreachOpen: 1 });

    const { user: standIn, password } = await insertUser(db, workspaceId, 'stand_in');
    const standInToday = (await (await signIn(t, standIn.email, password)).get('/api/v1/today')).body;
    expect(standInToday.hardTimes).toEqual([]);

    expect((await owner.post(`/api/v1/disruptions/${id}/resolve`, {})).status).toBe(200);
    expect((await owner.get('/api/v1/today')).body.hardTimes).toEqual([]);
  });
});
