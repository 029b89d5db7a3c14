// The board and its figures over a disruption whose step data is written straight to the
// database: each client is in a known state on each step, so every cell and count is
// known in advance. Runs on PGlite and PostgreSQL.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignClient, insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import type { PlaybookStep } from '../../core/disruptions/vocabulary.ts';
import type { Db } from '../../db/connect.ts';
import {
  callbacks,
  disruptionClients,
  disruptionInputs,
  disruptionMeetings,
  disruptionPlanSteps,
  disruptionPromises,
  disruptionReports,
  interactions,
} from '../../db/schema/index.ts';
import { otherWorkspaceOwner } from '../invoices/billing-test-fixtures.ts';
import { affectedClients, insertDisruption } from './board-test-aids.ts';

const ADDED = new Date('2026-11-21T09:00:00Z'); // 48 h before the test clock
const hoursAfterAdded = (h: number) => new Date(ADDED.getTime() + h * 3_600_000);

async function callback(
  db: Db,
  ws: string,
  clientId: string,
  openedAt: Date,
  dueAt: Date,
  answeredAt: Date | null,
) {
  const [request] = await db
    .insert(interactions)
    .values({
      workspaceId: ws,
      clientId,
      channel: 'call',
      direction: 'inbound',
      occurredAt: openedAt,
      summary: 'Rang',
    })
    .returning();
  await db.insert(callbacks).values({
    workspaceId: ws,
    clientId,
    requestInteractionId: request?.id as string,
    openedAt,
    dueAt,
    answeredAt,
  });
}

describe('the board', () => {
  let t: TestApp;
  let owner: ApiClient;
  let ws: string;
  let disruptionId: string;
  let ids: Record<string, string>;
  let standIn: ApiClient;
  let standInId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    ws = setup.me.workspace.id;
    const db = t.database.db;
    const disruption = await insertDisruption(db, ws, { promisedOn: '2026-12-15' });
    disruptionId = disruption.id;
    const names = ['Ada Lovelace', 'Ben Okri', 'Cy Twombly', 'Dee Snider', 'Eve Arden', 'Fay Wray'];
    const list = await affectedClients(db, ws, disruptionId, names, ADDED);
    ids = Object.fromEntries(names.map((name, i) => [name.split(' ')[0] as string, list[i] as string]));
    const sam = await insertUser(db, ws, 'stand_in', { name: 'Sam Stand' });
    standInId = sam.user.id;
    standIn = await signIn(t, sam.user.email, sam.password);

    const set = (name: string, values: Partial<typeof disruptionClients.$inferInsert>) =>
      db.update(disruptionClients).set(values).where(sql`${disruptionClients.clientId} = ${ids[name]}`);
    await set('Ada', {
      contactedAt: hoursAfterAdded(2),
      nextUpdateDueOn: '2026-11-28',
      toldPromisedOn: '2026-12-15',
      standInUserId: standInId,
    });
    await set('Ben', {
      contactedAt: hoursAfterAdded(30),
      nextUpdateDueOn: '2026-11-20',
      toldPromisedOn: '2026-12-10',
    });
    await set('Dee', {
      contactedAt: hoursAfterAdded(1),
      nextUpdateDueOn: '2026-11-23',
      toldPromisedOn: '2026-12-15',
    });
    await set('Eve', {
      contactedAt: hoursAfterAdded(3),
      nextUpdateDueOn: '2026-11-30',
      standInUserId: standInId,
    });
    await set('Fay', { contactedAt: hoursAfterAdded(1), removedAt: hoursAfterAdded(5) });
    await assignClient(db, ws, ids.Ada as string, standInId);
    await assignClient(db, ws, ids.Eve as string, standInId);

    // Cy rang yesterday and nobody called back; Dee's two calls, one answered late; a
    // call Ada made before she was affected does not count.
    await callback(db, ws, ids.Cy as string, hoursAfterAdded(20), hoursAfterAdded(22), null);
    await callback(db, ws, ids.Dee as string, hoursAfterAdded(3), hoursAfterAdded(5), hoursAfterAdded(4));
    await callback(db, ws, ids.Dee as string, hoursAfterAdded(10), hoursAfterAdded(12), hoursAfterAdded(15));
    await callback(db, ws, ids.Ada as string, hoursAfterAdded(-50), hoursAfterAdded(-48), null);

    const report = {
      workspaceId: ws,
      disruptionId,
      authorUserId: standInId,
      whatWasDone: 'Called about the invoice',
      outcome: 'Agreed to wait',
      nextStep: 'Call on Friday',
    };
    const reviewed = { reviewedAt: hoursAfterAdded(30), reviewComment: 'Which invoice?' };
    await db.insert(disruptionReports).values([
      {
        ...report,
        clientId: ids.Ada as string,
        status: 'sent_back',
        ...reviewed,
        createdAt: hoursAfterAdded(5),
      },
      {
        ...report,
        clientId: ids.Ada as string,
        status: 'accepted',
        reviewedAt: hoursAfterAdded(31),
        createdAt: hoursAfterAdded(6),
      },
      {
        ...report,
        clientId: ids.Eve as string,
        status: 'sent_back',
        ...reviewed,
        createdAt: hoursAfterAdded(7),
      },
      { ...report, clientId: ids.Eve as string, status: 'submitted', createdAt: hoursAfterAdded(1) },
    ]);
    await db.insert(disruptionPlanSteps).values([
      { workspaceId: ws, disruptionId, position: 1, title: 'Hand over to Sam' },
      { workspaceId: ws, disruptionId, position: 2, title: 'Back part-time' },
    ]);
    const meeting = { workspaceId: ws, disruptionId, kind: 'face_to_face' as const, durationMinutes: 30 };
    await db.insert(disruptionMeetings).values([
      { ...meeting, clientId: ids.Ada as string, startsAt: hoursAfterAdded(24), status: 'held' },
      { ...meeting, clientId: ids.Ben as string, startsAt: hoursAfterAdded(40), status: 'scheduled' },
      {
        ...meeting,
        clientId: ids.Dee as string,
        startsAt: new Date('2026-11-26T10:00:00Z'),
        status: 'scheduled',
      },
    ]);
    await db.insert(disruptionInputs).values({
      workspaceId: ws,
      disruptionId,
      clientId: ids.Ada as string,
      source: 'team',
      body: 'Prefers Tuesdays',
    });
    await db.insert(disruptionPromises).values([
      {
        workspaceId: ws,
        disruptionId,
        estimateOn: '2026-12-10',
        bufferDays: 0,
        promisedOn: '2026-12-10',
        createdAt: new Date('2026-11-20T10:00:00Z'),
      },
      {
        workspaceId: ws,
        disruptionId,
        estimateOn: '2026-12-12',
        bufferDays: 3,
        promisedOn: '2026-12-15',
        createdAt: new Date('2026-11-22T10:00:00Z'),
      },
    ]);
  });
  afterAll(() => t.close());

  it('shows each affected client by name with the state of each step and why', async () => {
    const board = await owner.get(`/api/v1/disruptions/${disruptionId}/board`);
    expect(board.status, JSON.stringify(board.body)).toBe(200);
    expect(board.body.steps).toEqual(['contact', 'communicate', 'oversee', 'time_frame', 'plan', 'thank']);
    const rows = board.body.items as {
      clientName: string;
      cells: Record<PlaybookStep, { state: string; note: string }>;
    }[];
    expect(rows.map((r) => r.clientName)).toEqual([
      'Ada Lovelace',
      'Ben Okri',
      'Cy Twombly',
      'Dee Snider',
      'Eve Arden',
    ]);
    const states = Object.fromEntries(
      rows.map((r) => [
        r.clientName.split(' ')[0],
        Object.values(r.cells)
          .map((c) => c.state)
          .join(' '),
      ]),
    );
    expect(states).toEqual({
      //   contact  communicate  oversee  time_frame  plan  thank
      Ada: 'done done done done done not_started',
      Ben: 'done overdue not_needed overdue overdue not_started',
      Cy: 'overdue overdue not_needed due due not_started',
      Dee: 'done due not_needed done due not_started',
      Eve: 'done done overdue due due not_started',
    });
    const cy = rows[2]?.cells;
    expect(cy?.contact.note).toMatch(/window closed 24 h ago/);
    expect(cy?.communicate.note).toBe('1 callback overdue');
    expect(rows[1]?.cells.contact.note).toMatch(/late, after 30 h/);
    expect(rows[3]?.cells.communicate.note).toMatch(/due today; 1 callback answered late/);
    expect(rows[4]?.cells.oversee.note).toMatch(/Sam Stand's report was sent back/);
    expect(board.body.items[0].standIn).toEqual({ id: standInId, name: 'Sam Stand' });
  });

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

  it('counts the figures over the current affected clients', async () => {
    const figures = await owner.get(`/api/v1/disruptions/${disruptionId}/figures`);
    expect(figures.status, JSON.stringify(figures.body)).toBe(200);
    expect(figures.body).toEqual({
      status: 'active',
      clients: 5,
      contact: { within24h: 3, late: 1, notYet: 1, percentWithin24h: 60 },
      callbacks: {
        due: 3,
        answeredOnTime: 1,
        answeredLate: 1,
        openOverdue: 1,
        openNotDue: 0,
        percentOnTime: 33,
      },
      reports: { accepted: 1, sentBack: 2, waiting: 1, percentAccepted: 33 },
      promises: {
        made: 2,
        rePromises: 1,
        kept: 0,
        broken: 1,
        pending: 1,
        current: '2026-12-15',
        outcome: 'pending',
        clientsTold: 3,
        clientsToldCurrent: 2,
        clientsKept: 0,
        percentClientsKept: null,
      },
      thanks: { done: 0, chosen: 0, notChosen: 5, percentDone: null },
    });
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
