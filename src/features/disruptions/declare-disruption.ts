import type { Actor } from '../../core/auth/actor.ts';
import { estimateProblem, startedOnProblem } from '../../core/disruptions/date-rules.ts';
import { DEFAULT_OUTREACH_BODY, DEFAULT_OUTREACH_SUBJECT } from '../../core/disruptions/outreach.ts';
import { promiseFor } from '../../core/disruptions/time-frame.ts';
import { AppError, refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionPromises, disruptions } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import { checkTemplates } from './check-templates.ts';
import { requireManager } from './disruption-access.ts';
import { toDisruptionView } from './disruption-views.ts';
import { enrolClients } from './enrol-clients.ts';
import { resolveAudience, storedAudience } from './resolve-audience.ts';
import type { DeclareDisruptionInput, DeclaredView } from './schemas.ts';

/** What a command that sends links to clients needs besides the database. */
export interface MessageDeps {
  now: Date;
  /** Base of the links in messages, e.g. https://rapport.example.com. */
  publicUrl: string;
}

/**
 * Declares a disruption and starts step 1 for every affected client at once, in one
 * transaction: the disruption, its first promise when an estimate is given, and per
 * client an outreach task, a private page link and (with an e-mail address) the outreach
 * message. Refused input writes nothing. One audit entry sums it up.
 */
export async function declareDisruption(
  db: Db,
  actor: Actor,
  input: DeclareDisruptionInput,
  { now, publicUrl }: MessageDeps,
): Promise<DeclaredView> {
  requireManager(actor);
  const outreachSubject = input.outreachSubject ?? DEFAULT_OUTREACH_SUBJECT;
  const outreachBody = input.outreachBody ?? DEFAULT_OUTREACH_BODY;
  checkTemplates({ outreachSubject, outreachBody });

  return db.transaction(async (tx) => {
    const workspace = await workspaceContext(tx, actor.workspaceId, now);
    const startedOn = input.startedOn ?? workspace.today;
    checkDates(startedOn, input.estimateOn, workspace.today);
    const clients = await resolveAudience(tx, actor, input.audience);
    if (clients.length === 0) {
      throw refused('No client matches this audience; nobody would be told', [
        { path: 'audience', message: 'Matches no client' },
      ]);
    }

    const bufferDays = input.bufferDays ?? 0;
    const promisedOn = input.estimateOn ? promiseFor(input.estimateOn, bufferDays) : null;
    const [disruption] = await tx
      .insert(disruptions)
      .values({
        workspaceId: actor.workspaceId,
        title: input.title,
        privateDetail: input.privateDetail ?? '',
        clientMessage: input.clientMessage,
        startedOn,
        audience: storedAudience(input.audience),
        cadenceDays: input.cadenceDays,
        callbackMinutes: input.callbackMinutes,
        estimateOn: input.estimateOn ?? null,
        bufferDays,
        promisedOn,
        outreachSubject,
        outreachBody,
        createdByUserId: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!disruption) throw new Error('disruption insert returned nothing');
    if (input.estimateOn && promisedOn) {
      await tx.insert(disruptionPromises).values({
        workspaceId: actor.workspaceId,
        disruptionId: disruption.id,
        estimateOn: input.estimateOn,
        bufferDays,
        promisedOn,
        reason: 'Declared',
        createdByUserId: actor.userId,
        createdAt: now,
      });
    }

    const outreach = await enrolClients(tx, { actor, disruption, workspace, now, publicUrl }, clients);
    // One entry for the whole declaration: 10,000 clients must not mean 10,000 audit rows.
    await recordAudit(tx, actor, {
      action: 'disruption.declare',
      entityType: 'disruption',
      entityId: disruption.id,
      after: { ...disruption, outreach },
    });
    return { disruption: await toDisruptionView(tx, actor, disruption, workspace.today), outreach };
  });
}

function checkDates(startedOn: string, estimateOn: string | undefined, today: string): void {
  const details = [];
  const start = startedOnProblem(startedOn, today);
  if (start) details.push({ path: 'startedOn', message: start });
  const estimate = estimateOn ? estimateProblem(estimateOn, today, startedOn) : null;
  if (estimate) details.push({ path: 'estimateOn', message: estimate });
  if (details.length > 0) throw new AppError('invalid_input', 'The dates do not make a time frame', details);
}
