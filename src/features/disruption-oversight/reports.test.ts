import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import {
  countRows,
  type DisruptionFixture,
  disruptionWithClients,
  GOOD_REPORT,
  signedInStandIn,
} from './oversight-test-aids.ts';

describe("stand-ins' reports and the owner's review", () => {
  let t: TestApp;
  let owner: ApiClient;
  let staff: ApiClient;
  let workspaceId: string;
  let fixture: DisruptionFixture;
  let sam: Awaited<ReturnType<typeof signedInStandIn>>;
  let ana: Awaited<ReturnType<typeof signedInStandIn>>;
  let base: string;
  const clientId = (i: number) => fixture.clients[i]?.id as string;
  const reportsOf = (i: number) => `${base}/clients/${clientId(i)}/reports`;

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
    const { user, password } = await insertUser(t.database.db, workspaceId, 'staff', {
      name: 'Stella Staff',
    });
    staff = await signIn(t, user.email, password);
    fixture = await disruptionWithClients(t, workspaceId, ['Alder Cafe', 'Birch Yoga', 'Cedar Books']);
    base = `/api/v1/disruptions/${fixture.disruptionId}`;
    sam = await signedInStandIn(t, workspaceId, 'Sam Stand-in');
    ana = await signedInStandIn(t, workspaceId, 'Ana Stand-in');
    const assigned = await owner.send('PUT', `${base}/stand-ins`, {
      assignments: [
        { clientId: clientId(0), userId: sam.user.id },
        { clientId: clientId(1), userId: ana.user.id },
      ],
    });
    expect(assigned.status).toBe(200);
  });
  afterAll(() => t.close());

  it('stores a concrete report from the stand-in, as they wrote it', async () => {
    const filed = await sam.api.post(reportsOf(0), {
      ...GOOD_REPORT,
      issues: '  The March figures are still missing ',
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    expect(filed.body).toMatchObject({
      disruptionId: fixture.disruptionId,
      client: { id: clientId(0), name: 'Alder Cafe' },
      author: { id: sam.user.id, name: 'Sam Stand-in' },
      ...GOOD_REPORT,
      issues: 'The March figures are still missing',
      status: 'submitted',
      reviewComment: null,
      reviewedBy: null,
      replacesReportId: null,
      replacedByReportId: null,
      createdAt: '2026-11-23T09:00:00.000Z',
    });
  });

  it('refuses a vague report with each rule and its message, and a report missing parts with what is missing', async () => {
    const before = await countRows(t);
    const vague = await sam.api.post(reportsOf(0), {
      whatWasDone: "Spoke to client, everything's fine",
      outcome: 'All good',
      nextStep: 'Nothing',
    });
    expect(vague.status).toBe(422);
    expect(vague.body.error.code).toBe('rule_refused');
    const rules = vague.body.error.details.map((d: { path: string; rule: string }) => `${d.path}:${d.rule}`);
    expect(rules).toEqual([
      'whatWasDone:reassurance_only',
      'outcome:reassurance_only',
      'nextStep:reassurance_only',
      'nextStep:next_step_unclear',
    ]);
    expect(vague.body.error.details[0].message).toContain('"Everything\'s fine" is reassurance');

    const missing = await sam.api.post(reportsOf(0), {
      whatWasDone: GOOD_REPORT.whatWasDone,
      outcome: '   ',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe('A report needs the outcome, the next step');
    expect(missing.body.error.details).toEqual([
      { path: 'outcome', message: 'Required' },
      { path: 'nextStep', message: 'Required' },
    ]);

    const huge = await sam.api.post(reportsOf(0), {
      ...GOOD_REPORT,
      whatWasDone: `Called Maria ${'a'.repeat(4000)}`,
    });
    expect(huge.status).toBe(400);
    expect(huge.body.error.details[0].path).toBe('whatWasDone');
    const hostile = await sam.api.post(reportsOf(0), { ...GOOD_REPORT, extra: 'field' });
    expect(hostile.status).toBe(400);
    const nul = await sam.api.post(reportsOf(0), { ...GOOD_REPORT, outcome: 'She agreed\u0000 to wait' });
    expect(nul.status).toBe(400);
    expect(await countRows(t)).toEqual(before);
  });

  it('lets the team file reports too, and lists reports with filters; a stand-in sees only their own', async () => {
    expect((await staff.post(reportsOf(2), GOOD_REPORT)).status).toBe(201);
    expect((await ana.api.post(reportsOf(1), GOOD_REPORT)).status).toBe(201);

    const all = await owner.get(`${base}/reports`);
    expect(all.body.items.map((r: { author: { name: string } }) => r.author.name)).toEqual([
      'Ana Stand-in',
      'Stella Staff',
      'Sam Stand-in',
    ]);
    const page = await owner.get(`${base}/reports?limit=2`);
    const next = await owner.get(`${base}/reports?limit=2&cursor=${page.body.nextCursor}`);
    expect([...page.body.items, ...next.body.items].map((r: { id: string }) => r.id)).toEqual(
      all.body.items.map((r: { id: string }) => r.id),
    );
    expect(next.body.nextCursor).toBeNull();
    expect((await owner.get(`${base}/reports?clientId=${clientId(1)}`)).body.items).toHaveLength(1);
    expect((await owner.get(`${base}/reports?authorUserId=${sam.user.id}`)).body.items).toHaveLength(1);
    expect((await owner.get(`${base}/reports?status=accepted`)).body.items).toHaveLength(0);

    const samSees = await sam.api.get(`${base}/reports?authorUserId=${ana.user.id}`);
    expect(samSees.body.items).toEqual([]);
    const samAll = await sam.api.get(`${base}/reports`);
    expect(samAll.body.items.map((r: { author: { id: string } }) => r.author.id)).toEqual([sam.user.id]);
    expect((await owner.get(`${base}/reports?cursor=forged`)).status).toBe(400);
  });

  it('lets only the owner review, once; a report sent back is replaced by a new one pointing at it', async () => {
    const [report] = (await owner.get(`${base}/reports?authorUserId=${sam.user.id}`)).body.items;
    const review = `${base}/reports/${report.id}/review`;
    expect((await staff.post(review, { decision: 'accept' })).status).toBe(403);
    expect((await sam.api.post(review, { decision: 'accept' })).status).toBe(403);
    const noComment = await owner.post(review, { decision: 'send_back', comment: '  ' });
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.details[0].path).toBe('comment');

    const sentBack = await owner.post(review, {
      decision: 'send_back',
      comment: 'Which draft? Give the date you promised.',
    });
    expect(sentBack.status).toBe(200);
    expect(sentBack.body).toMatchObject({
      status: 'sent_back',
      reviewComment: 'Which draft? Give the date you promised.',
      reviewedBy: { name: 'Olive Owner' },
      reviewedAt: '2026-11-23T09:00:00.000Z',
    });
    expect((await owner.post(review, { decision: 'accept' })).status).toBe(409);

    // Sam reads the comment on his own report and files it again.
    const [mine] = (await sam.api.get(`${base}/reports?status=sent_back`)).body.items;
    expect(mine.reviewComment).toBe('Which draft? Give the date you promised.');
    const again = await sam.api.post(reportsOf(0), {
      whatWasDone: 'Called Maria again and agreed the draft of the March report',
      outcome: 'She accepts the draft on 27 November',
      nextStep: 'Email the draft by Friday 27 November',
      replacesReportId: report.id,
    });
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body.replacesReportId).toBe(report.id);
    const replaced = (await owner.get(`${base}/reports?status=sent_back`)).body.items[0];
    expect(replaced.replacedByReportId).toBe(again.body.id);
    expect((await sam.api.post(reportsOf(0), { ...GOOD_REPORT, replacesReportId: report.id })).status).toBe(
      409,
    );

    const accepted = await owner.post(`${base}/reports/${again.body.id}/review`, { decision: 'accept' });
    expect(accepted.body).toMatchObject({ status: 'accepted', reviewComment: null });
    expect(
      (await sam.api.post(reportsOf(0), { ...GOOD_REPORT, replacesReportId: again.body.id })).status,
    ).toBe(409);
    // Not on another client, and not a report of another disruption.
    const ana2 = await ana.api.post(reportsOf(1), { ...GOOD_REPORT, replacesReportId: report.id });
    expect(ana2.status).toBe(404);
    expect((await owner.post(`${base}/reports/${clientId(0)}/review`, { decision: 'accept' })).status).toBe(
      404,
    );
  });
});
