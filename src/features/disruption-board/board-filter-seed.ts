// Test aid for the board's step filter: disruptions whose clients hold step data drawn at
// random (a fixed seed, so a failure replays), with times on and around each rule's edges
// (the 24 h window, a callback due right now, an update due today). Not imported by the app.
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { MEETING_STATUSES, REPORT_STATUSES, THANK_YOU_KINDS } from '../../core/disruptions/vocabulary.ts';
import type { Db } from '../../db/connect.ts';
import {
  callbacks,
  clients,
  disruptionClients,
  disruptionInputs,
  disruptionMeetings,
  disruptionPlanSteps,
  disruptionReports,
  disruptions,
  disruptionThankYous,
  interactions,
} from '../../db/schema/index.ts';
import { insertDisruption } from './board-test-aids.ts';

/** The test clock's start: every generated time is an offset from it, in hours. */
export const T0 = new Date('2026-11-23T09:00:00Z');
const at = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);

const hour = (...options: number[]) => fc.constantFrom(...options);
const clientArb = fc.record({
  name: fc.constantFrom('ada', 'Ben', 'cy', 'DEE', 'Eve'),
  removed: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  addedH: hour(-72, -25, -24, -2, 0, 2),
  contactedAfterH: fc.option(hour(1, 24, 30), { nil: null }),
  nextUpdateDueOn: fc.option(fc.constantFrom('2026-11-21', '2026-11-23', '2026-11-24', '2026-11-30'), {
    nil: null,
  }),
  standIn: fc.boolean(),
  reports: fc.array(fc.record({ status: fc.constantFrom(...REPORT_STATUSES), createdH: hour(-10, -5) }), {
    maxLength: 2,
  }),
  toldPromisedOn: fc.constantFrom(null, '2026-12-15', '2026-12-01'),
  callbacks: fc.array(
    fc.record({
      openedH: hour(-80, -26, -3, 1),
      dueH: hour(-3, 0, 26, 30),
      answeredH: fc.option(hour(-1, 1), { nil: null }),
    }),
    { maxLength: 3 },
  ),
  meetings: fc.array(
    fc.record({ startsH: hour(-5, 1, 26, 30), status: fc.constantFrom(...MEETING_STATUSES) }),
    {
      maxLength: 2,
    },
  ),
  inputs: fc.integer({ min: 0, max: 2 }),
  thankYou: fc.constantFrom(null, 'chosen', 'done', 'cancelled', 'cancelled then done'),
});
type GeneratedClient = ReturnType<typeof clientArb.generate>['value'];

/** The disruptions the data set spreads over: each branch of the disruption-level rules. */
export const VARIANTS = {
  activePromisedWithPlan: { promisedOn: '2026-12-15', planSteps: 2, resolved: null },
  activeNoPromiseNoPlan: { promisedOn: null, planSteps: 0, resolved: null },
  resolvedRecently: { promisedOn: '2026-12-15', planSteps: 1, resolved: { on: '2026-11-23', atH: -1 } },
  resolvedLongAgo: { promisedOn: '2026-12-01', planSteps: 1, resolved: { on: '2026-11-01', atH: -30 } },
} as const;

/** A disruption of `variant` over `count` generated clients; the stand-in gets the ones they stand in for. */
export async function seedGeneratedDisruption(
  db: Db,
  ws: string,
  variant: keyof typeof VARIANTS,
  options: { count: number; seed: number; standInId: string; authorId: string },
): Promise<string> {
  const shape = VARIANTS[variant];
  const disruption = await insertDisruption(db, ws, { title: variant, promisedOn: shape.promisedOn });
  const id = disruption.id;
  if (shape.resolved) {
    await db
      .update(disruptions)
      .set({ status: 'resolved', resolvedOn: shape.resolved.on, resolvedAt: at(shape.resolved.atH) })
      .where(eq(disruptions.id, id));
  }
  for (let position = 1; position <= shape.planSteps; position++)
    await db
      .insert(disruptionPlanSteps)
      .values({ workspaceId: ws, disruptionId: id, position, title: `Step ${position}` });
  const generated = fc.sample(clientArb, { numRuns: options.count, seed: options.seed });
  for (const [index, facts] of generated.entries()) {
    await seedClient(
      db,
      ws,
      id,
      `${facts.name} ${variant} ${String(index).padStart(2, '0')}`,
      facts,
      options,
    );
  }
  return id;
}

async function seedClient(
  db: Db,
  ws: string,
  disruptionId: string,
  name: string,
  facts: GeneratedClient,
  options: { standInId: string; authorId: string },
) {
  const [client] = await db
    .insert(clients)
    .values({ workspaceId: ws, name, since: '2025-01-01' })
    .returning();
  const clientId = client?.id as string;
  const addedAt = at(facts.addedH);
  const key = { workspaceId: ws, disruptionId, clientId };
  await db.insert(disruptionClients).values({
    ...key,
    addedAt,
    removedAt: facts.removed ? at(-1) : null,
    contactedAt: facts.contactedAfterH === null ? null : at(facts.addedH + facts.contactedAfterH),
    nextUpdateDueOn: facts.nextUpdateDueOn,
    toldPromisedOn: facts.toldPromisedOn,
    standInUserId: facts.standIn ? options.standInId : null,
  });
  for (const report of facts.reports) {
    await db.insert(disruptionReports).values({
      ...key,
      authorUserId: options.authorId,
      whatWasDone: 'Called them',
      outcome: 'Agreed',
      nextStep: 'Call Friday',
      status: report.status,
      reviewedAt: report.status === 'submitted' ? null : at(-1),
      reviewComment: report.status === 'sent_back' ? 'Which invoice?' : null,
      createdAt: at(report.createdH),
    });
  }
  for (const call of facts.callbacks) {
    const [request] = await db
      .insert(interactions)
      .values({
        workspaceId: ws,
        clientId,
        channel: 'call',
        direction: 'inbound',
        occurredAt: at(call.openedH),
        summary: 'Rang',
      })
      .returning();
    await db.insert(callbacks).values({
      workspaceId: ws,
      clientId,
      requestInteractionId: request?.id as string,
      openedAt: at(call.openedH),
      dueAt: at(call.dueH),
      answeredAt: call.answeredH === null ? null : at(call.dueH + call.answeredH),
    });
  }
  for (const meeting of facts.meetings) {
    await db.insert(disruptionMeetings).values({
      ...key,
      kind: 'video',
      durationMinutes: 30,
      startsAt: at(meeting.startsH),
      status: meeting.status,
    });
  }
  for (let n = 0; n < facts.inputs; n++)
    await db.insert(disruptionInputs).values({ ...key, source: 'team', body: 'Tuesdays suit me' });
  const thankYou = (status: 'chosen' | 'done' | 'cancelled') =>
    db
      .insert(disruptionThankYous)
      .values({ ...key, kind: THANK_YOU_KINDS[3], status, doneAt: status === 'done' ? at(-1) : null });
  if (facts.thankYou === 'cancelled then done') {
    await thankYou('cancelled');
    await thankYou('done');
  } else if (facts.thankYou) await thankYou(facts.thankYou);
}
