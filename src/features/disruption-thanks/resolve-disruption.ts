import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { DEFAULT_THANK_YOU, type ThankYouChoice } from '../../core/disruptions/thank-you-terms.ts';
import { conflict, refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionClients, disruptions } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { endStandInAssignments } from '../disruption-oversight/end-stand-ins.ts';
import { requireManager } from '../disruptions/disruption-access.ts';
import { requireDisruption } from '../disruptions/require-disruption.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { ResolvedView, ResolveInput } from './schemas.ts';
import { insertThankYous } from './thank-you-rows.ts';

/**
 * "Thank them when it's over": marks the disruption resolved, ends the stand-ins' access
 * it gave, and starts step 6 with one chosen thank-you per affected client — the kind asked
 * for, or a handwritten note (free, always possible; change it per client afterwards).
 * One transaction; a second resolve is a conflict and changes nothing.
 */
export async function resolveDisruption(
  db: Db,
  actor: Actor,
  disruptionId: string,
  input: ResolveInput,
  now: Date,
): Promise<ResolvedView> {
  requireManager(actor);
  return db.transaction(async (tx) => {
    const before = await requireDisruption(tx, actor, disruptionId, true);
    if (before.status === 'resolved') throw conflict('The disruption is already resolved');
    const { today } = await workspaceContext(tx, actor.workspaceId, now);
    const resolvedOn = input.resolvedOn ?? today;
    if (resolvedOn > today) {
      throw refused('A disruption cannot be resolved in the future', [
        { path: 'resolvedOn', message: `After today, ${today}` },
      ]);
    }
    if (resolvedOn < before.startedOn) {
      throw refused('A disruption cannot end before it started', [
        { path: 'resolvedOn', message: `Before the start, ${before.startedOn}` },
      ]);
    }
    const [after] = await tx
      .update(disruptions)
      .set({
        status: 'resolved',
        resolvedOn,
        resolvedAt: now,
        resolutionNote: input.note ?? null,
        updatedAt: now,
      })
      .where(and(eq(disruptions.workspaceId, actor.workspaceId), eq(disruptions.id, disruptionId)))
      .returning();
    if (!after?.resolvedAt || !after.resolvedOn) throw new Error('resolved disruption vanished');
    await endStandInAssignments(tx, actor.workspaceId, disruptionId);

    const affected = await tx
      .select({ clientId: disruptionClients.clientId })
      .from(disruptionClients)
      .where(
        and(
          eq(disruptionClients.workspaceId, actor.workspaceId),
          eq(disruptionClients.disruptionId, disruptionId),
          isNull(disruptionClients.removedAt),
        ),
      );
    const choice = (input.thankYou ?? DEFAULT_THANK_YOU) as ThankYouChoice & { note?: string | null };
    await insertThankYous(
      tx,
      actor,
      disruptionId,
      affected.map((row) => row.clientId),
      choice,
      now,
    );
    await recordAudit(tx, actor, {
      action: 'disruption.resolve',
      entityType: 'disruption',
      entityId: disruptionId,
      before,
      after: { ...after, thankYous: { kind: choice.kind, terms: choice.terms, created: affected.length } },
    });
    return {
      id: after.id,
      status: after.status,
      resolvedOn: after.resolvedOn,
      resolvedAt: after.resolvedAt.toISOString(),
      resolutionNote: after.resolutionNote,
      thankYous: { kind: choice.kind, created: affected.length },
    };
  });
}
