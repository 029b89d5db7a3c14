// Test aid for the board's tests: a disruption whose step data is written straight to the
// database, so each client is in a known state on each step and every cell and count is
// known in advance. Each test file builds its own. Not imported by the app.
import { sql } from 'drizzle-orm';
import { assignClient, insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
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

export interface BoardStory {
  t: TestApp;
  owner: ApiClient;
  ws: string;
  disruptionId: string;
  ids: Record<string, string>;
  standIn: ApiClient;
  standInId: string;
}

/**
 * A test app whose owner has one disruption over Ada, Ben, Cy, Dee, Eve and Fay (removed),
 * with Sam Stand standing in for Ada and Eve; the caller closes `t`.
 */
export async function startBoardStory(): Promise<BoardStory> {
  const t = await startTestApp();
  const setup = await setupOwner(t);
  const owner = setup.api;
  const ws = setup.me.workspace.id;
  const db = t.database.db;
  const disruption = await insertDisruption(db, ws, { promisedOn: '2026-12-15' });
  const disruptionId = disruption.id;
  const names = ['Ada Lovelace', 'Ben Okri', 'Cy Twombly', 'Dee Snider', 'Eve Arden', 'Fay Wray'];
  const list = await affectedClients(db, ws, disruptionId, names, ADDED);
  const ids: Record<string, string> = Object.fromEntries(
    names.map((name, i) => [name.split(' ')[0] as string, list[i] as string]),
  );
  const sam = await insertUser(db, ws, 'stand_in', { name: 'Sam Stand' });
  const standInId = sam.user.id;
  const standIn = await signIn(t, sam.user.email, sam.password);

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
  return { t, owner, ws, disruptionId, ids, standIn, standInId };
}
