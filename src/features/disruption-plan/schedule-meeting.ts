import type { Actor } from '../../core/auth/actor.ts';
import { meetingTimeProblems } from '../../core/disruptions/meetings.ts';
import { AppError, refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionMeetings } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireAffectedClient } from '../disruption-oversight/require-affected-client.ts';
import { requireReadableDisruption } from '../disruptions/disruption-access.ts';
import { buildInvite, queueInvite } from './meeting-invites.ts';
import { requireMeeting } from './meeting-rows.ts';
import type { MeetingResult, ScheduleMeetingInput } from './schemas.ts';

export interface MeetingDeps {
  now: Date;
  /** Its host name makes the invite's UID. */
  publicUrl: string;
}

/**
 * Books a meeting with an affected client to tell them the plan (face to face unless
 * said otherwise) and makes its .ics invite; with `send`, the invite goes to the client
 * through the outbox in the same transaction. Whoever may act on the client may book:
 * the team, or the client's stand-in.
 */
export async function scheduleMeeting(
  db: Db,
  actor: Actor,
  { now, publicUrl }: MeetingDeps,
  disruptionId: string,
  clientId: string,
  input: ScheduleMeetingInput,
): Promise<MeetingResult> {
  return db.transaction(async (tx) => {
    const disruption = await requireReadableDisruption(tx, actor, disruptionId);
    const { client } = await requireAffectedClient(tx, actor, disruptionId, clientId);
    if (disruption.status !== 'active') throw refused('This disruption is resolved; book meetings as usual');
    const problems = meetingTimeProblems(input.startsAt, input.durationMinutes, now);
    if (problems.length > 0)
      throw new AppError('invalid_input', 'The meeting cannot be booked then', problems);

    const [meeting] = await tx
      .insert(disruptionMeetings)
      .values({
        workspaceId: actor.workspaceId,
        disruptionId,
        clientId,
        kind: input.kind,
        startsAt: input.startsAt,
        durationMinutes: input.durationMinutes,
        location: input.location ?? null,
        notes: input.notes ?? null,
        organizerUserId: actor.userId,
        createdAt: now,
      })
      .returning();
    if (!meeting) throw new Error('meeting insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'disruption_meeting.schedule',
      entityType: 'disruption_meeting',
      entityId: meeting.id,
      after: meeting,
    });
    const invite = await buildInvite(tx, actor, meeting, client, publicUrl, now);
    const queued = input.send ? await queueInvite(tx, actor, meeting, client, invite, now) : false;
    return {
      meeting: (await requireMeeting(tx, actor, disruptionId, meeting.id)).view,
      invite: { method: invite.method, filename: invite.filename, content: invite.content, queued },
      interactionId: null,
    };
  });
}
