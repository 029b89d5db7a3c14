import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { estimateProblem } from '../../core/disruptions/date-rules.ts';
import { slip, spellDate } from '../../core/disruptions/time-frame.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionPromises, disruptions } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import { selectClientsToTell, toClientToTell } from './clients-to-tell.ts';
import { requireManagedDisruption } from './disruption-access.ts';
import type { EstimateView, MoveEstimateInput } from './time-frame-schemas.ts';

/**
 * Step 4: records a new estimate in the history. On or before the promise, the promise
 * stands and nobody needs telling. Past it, the promise is not changed here: the answer
 * proposes a new one (estimate + buffer) and lists every client who will have to be told,
 * and the owner confirms with POST …/promise. With no promise yet, this makes the first.
 */
export async function moveEstimate(
  db: Db,
  actor: Actor,
  disruptionId: string,
  input: MoveEstimateInput,
  now: Date,
): Promise<EstimateView> {
  return db.transaction(async (tx) => {
    const before = await requireManagedDisruption(tx, actor, disruptionId);
    const { today } = await workspaceContext(tx, actor.workspaceId, now);
    const problem = estimateProblem(input.estimateOn, today, before.startedOn);
    if (problem) {
      throw new AppError('invalid_input', 'That estimate cannot be used', [
        { path: 'estimateOn', message: problem },
      ]);
    }
    const bufferDays = input.bufferDays ?? before.bufferDays;
    const result = slip(input.estimateOn, before.promisedOn, bufferDays);
    const promisedOn = result.kind === 'first' ? result.proposedPromisedOn : result.promisedOn;

    const [after] = await tx
      .update(disruptions)
      .set({ estimateOn: input.estimateOn, bufferDays, promisedOn, updatedAt: now })
      .where(and(eq(disruptions.workspaceId, actor.workspaceId), eq(disruptions.id, disruptionId)))
      .returning();
    await tx.insert(disruptionPromises).values({
      workspaceId: actor.workspaceId,
      disruptionId,
      estimateOn: input.estimateOn,
      bufferDays,
      promisedOn,
      reason: input.reason ?? null,
      createdByUserId: actor.userId,
      createdAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'disruption.estimate',
      entityType: 'disruption',
      entityId: disruptionId,
      before,
      after: { ...after, outcome: result.kind },
    });

    // Who must hear a date: the new promise's, when one is proposed.
    const target = result.kind === 'slipped' ? result.proposedPromisedOn : promisedOn;
    const clients = (await selectClientsToTell(tx, actor, disruptionId, { notTold: target })).map(
      toClientToTell,
    );
    const outcome = { first: 'first_promise', stands: 'promise_stands', slipped: 'slipped' } as const;
    return {
      estimateOn: input.estimateOn,
      bufferDays,
      promisedOn,
      outcome: outcome[result.kind],
      proposedPromisedOn: result.kind === 'slipped' ? result.proposedPromisedOn : null,
      lateByDays: result.kind === 'slipped' ? result.lateByDays : null,
      message: explain(result, clients.length),
      mustBeTold: { count: clients.length, clients },
    };
  });
}

function explain(result: ReturnType<typeof slip>, count: number): string {
  const clients = `${count} client${count === 1 ? '' : 's'}`;
  if (result.kind === 'first')
    return `The first promise is ${spellDate(result.proposedPromisedOn)}; ${clients} must be told it.`;
  if (result.kind === 'stands') {
    const rest = count === 0 ? 'nobody needs telling.' : `${clients} still have not been told it.`;
    return `The promise of ${spellDate(result.promisedOn)} stands; ${rest}`;
  }
  return (
    `The estimate is ${result.lateByDays} day${result.lateByDays === 1 ? '' : 's'} past the promise of ` +
    `${spellDate(result.promisedOn)}. Proposed new promise: ${spellDate(result.proposedPromisedOn)}; ` +
    `once it is confirmed, ${clients} must be told.`
  );
}
