// Test aid for the client-page tests: a test app whose owner has a disruption with a
// private detail, a hostile client message and plan step, three affected clients (one
// with a hostile name) and an internal report, plus helpers to issue a link, open a page
// and post its form. Each test file builds its own. Not imported by the app.
import { expect } from 'vitest';
import { insertClient, insertUser } from '../../../test/support/factories.ts';
import { setupOwner, startTestApp } from '../../../test/support/test-app.ts';
import { disruptionPlanSteps, disruptionReports } from '../../db/schema/index.ts';
import { addAffected, affectedClients, insertDisruption } from '../disruption-board/board-test-aids.ts';

const ADDED = new Date('2026-11-22T09:00:00Z');
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** The app and its data (the caller closes `t`), and the helpers the tests speak through. */
export async function startClientPages() {
  const t = await startTestApp();
  const setup = await setupOwner(t);
  const owner = setup.api;
  const ws = setup.me.workspace.id;
  const db = t.database.db;
  const disruption = await insertDisruption(db, ws, {
    privateDetail: 'PRIVATE-DETAIL: chemotherapy until January',
    clientMessage: 'I am unwell for a few weeks.\n\nSam <img src=x onerror=alert(1)> keeps things running.',
    estimateOn: '2026-12-08',
    bufferDays: 7,
    promisedOn: '2026-12-15',
  });
  const disruptionId = disruption.id;
  const [ada] = (await affectedClients(db, ws, disruptionId, ['Ada Lovelace', 'Ben Okri'], ADDED)) as [
    string,
  ];
  const evil = await insertClient(db, ws, { name: '<script>alert("x")</script> Mallory' });
  const hostile = evil.id;
  await addAffected(db, ws, disruptionId, [hostile], ADDED);
  await db.insert(disruptionPlanSteps).values([
    { workspaceId: ws, disruptionId, position: 1, title: 'Hand over to Sam', state: 'done' },
    {
      workspaceId: ws,
      disruptionId,
      position: 2,
      title: 'Weekly calls "><b>bold</b>',
      detail: 'Every Tuesday',
    },
  ]);
  const sam = await insertUser(db, ws, 'stand_in', { name: 'Samantha Standin' });
  await db.insert(disruptionReports).values({
    workspaceId: ws,
    disruptionId,
    clientId: ada,
    authorUserId: sam.user.id,
    whatWasDone: 'INTERNAL-REPORT: chased the overdue invoice',
    outcome: 'Paid',
    nextStep: 'None',
  });

  const issue = async (clientId: string, body: object = {}) => {
    const response = await owner.post(
      `/api/v1/disruptions/${disruptionId}/clients/${clientId}/client-page`,
      body,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return { ...response.body, path: new URL(response.body.url).pathname as string };
  };
  const open = (path: string) => t.app.inject({ method: 'GET', url: path });
  const post = (path: string, form: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: `${path}/input`,
      headers: FORM,
      payload: new URLSearchParams(form).toString(),
    });

  return { t, owner, ws, disruptionId, ada, hostile, issue, open, post };
}

export type ClientPages = Awaited<ReturnType<typeof startClientPages>>;
