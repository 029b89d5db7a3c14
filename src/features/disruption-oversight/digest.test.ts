import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { disruptionWithClients, GOOD_REPORT, signedInStandIn } from './oversight-test-aids.ts';

interface Digest {
  user: { id: string; name: string };
  assignedClients: number;
  actions: { action: string; count: number }[];
  clientsTouched: { id: string; name: string; count: number }[];
  reports: { id: string; client: { id: string } }[];
}

describe("the owner's digest of what each stand-in touched", () => {
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

  it("shows the interaction a stand-in logged and the report they filed, and nothing of another stand-in's", async () => {
    const fixture = await disruptionWithClients(t, workspaceId, ['Alder Cafe', 'Birch Yoga']);
    const alder = fixture.clients[0] as { id: string };
    const birch = fixture.clients[1] as { id: string };
    const base = `/api/v1/disruptions/${fixture.disruptionId}`;
    const sam = await signedInStandIn(t, workspaceId, 'Sam Stand-in');
    const ana = await signedInStandIn(t, workspaceId, 'Ana Stand-in');
    await owner.send('PUT', `${base}/stand-ins`, {
      assignments: [
        { clientId: alder.id, userId: sam.user.id },
        { clientId: birch.id, userId: ana.user.id },
      ],
    });

    const logged = await sam.api.post(`/api/v1/clients/${alder.id}/interactions`, {
      channel: 'call',
      direction: 'outbound',
      summary: 'Called about the delayed March report',
    });
    expect(logged.status).toBe(201);
    const report = await sam.api.post(`${base}/clients/${alder.id}/reports`, GOOD_REPORT);
    expect(report.status).toBe(201);
    const anaTask = await ana.api.post('/api/v1/tasks', {
      title: 'Send Birch the new timetable',
      clientId: birch.id,
    });
    expect(anaTask.status).toBe(201);

    const digest = await owner.get(`${base}/stand-ins/digest`);
    expect(digest.status, JSON.stringify(digest.body)).toBe(200);
    expect(digest.body.from).toBe('2026-11-23T00:00:00.000Z');
    const byName = new Map<string, Digest>(
      digest.body.standIns.map((entry: Digest) => [entry.user.name, entry]),
    );
    const samDigest = byName.get('Sam Stand-in');
    const anaDigest = byName.get('Ana Stand-in');
    expect(samDigest?.assignedClients).toBe(1);
    expect(samDigest?.actions).toContainEqual({ action: 'interaction.create', count: 1 });
    expect(samDigest?.actions).toContainEqual({ action: 'disruption_report.file', count: 1 });
    expect(samDigest?.actions.some((entry) => entry.action === 'task.create')).toBe(false);
    expect(samDigest?.clientsTouched).toEqual([{ id: alder.id, name: 'Alder Cafe', count: 2 }]);
    expect(samDigest?.reports.map((entry) => entry.id)).toEqual([report.body.id]);

    // Signing in is in the audit log too; it touches no client.
    expect(anaDigest?.actions).toEqual(
      expect.arrayContaining([
        { action: 'task.create', count: 1 },
        { action: 'user.login', count: 1 },
      ]),
    );
    expect(anaDigest?.actions).toHaveLength(2);
    expect(anaDigest?.clientsTouched).toEqual([{ id: birch.id, name: 'Birch Yoga', count: 1 }]);
    expect(anaDigest?.reports).toEqual([]);

    // A window that ends before anything happened shows the stand-ins with nothing touched.
    const empty = await owner.get(
      `${base}/stand-ins/digest?from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z`,
    );
    expect(
      empty.body.standIns.every((entry: Digest) => entry.actions.length === 0 && entry.reports.length === 0),
    ).toBe(true);
  });

  it('is for the owner only, and refuses a window that ends before it starts', async () => {
    const fixture = await disruptionWithClients(t, workspaceId, ['Cedar Books']);
    const url = `/api/v1/disruptions/${fixture.disruptionId}/stand-ins/digest`;
    const { user, password } = await insertUser(t.database.db, workspaceId, 'staff');
    const staff = await signIn(t, user.email, password);
    expect((await staff.get(url)).status).toBe(403);
    const standIn = await signedInStandIn(t, workspaceId, 'Sid Stand-in');
    expect((await standIn.api.get(url)).status).toBe(403);
    const backwards = await owner.get(`${url}?from=2026-11-20T00:00:00Z&to=2026-11-19T00:00:00Z`);
    expect(backwards.status).toBe(400);
    expect((await owner.get(`${url}?from=yesterday`)).status).toBe(400);
    expect((await owner.get(url)).body.standIns).toEqual([]);
  });
});
