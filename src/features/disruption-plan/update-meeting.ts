import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import {
  MEETING_CHANNELS,
  MEETING_KIND_LABELS,
  meetingTimeProblems,
} from '../../core/disruptions/meetings.ts';
import { AppError, conflict } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionMeetings } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireReadableDisruption } from '../disruptions/disruption-access.ts';
import { logInteraction } from '../interactions/log-interaction.ts';
import { buildInvite, queueInvite } from './meeting-invites.ts';
import { type MeetingRow, requireMeeting } from './meeting-rows.ts';
import type { MeetingDeps } from './schedule-meeting.ts';
import type { MeetingResult, UpdateMeetingInput } from './schemas.ts';

const DETAILS = ['kind', 'startsAt', 'durationMinutes', 'location', 'notes'] as const;

/**
 * Changes a scheduled meeting. Moving it (time, length, kind, place, notes) bumps the
 * invite's sequence so calendars replace it; cancelling bumps it too and makes a CANCEL
 * invite; marking it held logs it on the client's timeline (a meeting in person, on video,
 * or a call, outbound) so it counts as contact. `send` mails the resulting invite — or,
 * with nothing else changed, sends the current one again.
 */
export async function updateMeeting(
  db: Db,
  actor: Actor,
  { now, publicUrl }: MeetingDeps,
  disruptionId: string,
  meetingId: string,
  input: UpdateMeetingInput,
): Promise<MeetingResult> {
  return db.transaction(async (tx) => {
    await requireReadableDisruption(tx, actor, disruptionId);
    // Locked first, so two changes at once cannot both start from the same sequence or status.
    await tx.execute(sql`select 1 from disruption_meetings
      where workspace_id = ${actor.workspaceId} and id = ${meetingId} for update`);
    const { row: before, client } = await requireMeeting(tx, actor, disruptionId, meetingId);
    const changed = DETAILS.filter((key) => input[key] !== undefined && !same(input[key], before[key]));
    if (changed.length === 0 && !input.status && !input.send) {
      throw new AppError('invalid_input', 'Nothing to change', [
        { path: 'body', message: 'Change at least one field' },
      ]);
    }
    if (before.status !== 'scheduled' && (changed.length > 0 || input.status)) {
      throw conflict(`This meeting was ${before.status} already`);
    }
    if (input.status && changed.length > 0) {
      throw new AppError(
        'invalid_input',
        'Mark a meeting held or cancelled on its own, without other changes',
        [{ path: 'status', message: 'Alone' }],
      );
    }

    let after: MeetingRow = before;
    let interactionId: string | null = null;
    if (input.status === 'held') {
      if (before.startsAt.getTime() > now.getTime()) throw conflict('This meeting has not started yet');
      after = await save(tx, before, { status: 'held' });
      const logged = await logInteraction(
        tx,
        actor,
        before.clientId,
        {
          channel: MEETING_CHANNELS[before.kind],
          direction: 'outbound',
          occurredAt: before.startsAt,
          summary: `Talked through our plan (${MEETING_KIND_LABELS[before.kind].toLowerCase()})`,
          body: input.summary ?? before.notes,
        },
        now,
      );
      interactionId = logged.interaction.id;
    } else if (input.status === 'cancelled') {
      after = await save(tx, before, { status: 'cancelled', sequence: before.sequence + 1 });
    } else if (changed.length > 0) {
      const startsAt = input.startsAt ?? before.startsAt;
      const durationMinutes = input.durationMinutes ?? before.durationMinutes;
      const problems = meetingTimeProblems(startsAt, durationMinutes, now);
      if (problems.length > 0)
        throw new AppError('invalid_input', 'The meeting cannot be moved there', problems);
      after = await save(tx, before, {
        kind: input.kind ?? before.kind,
        startsAt,
        durationMinutes,
        location: input.location === undefined ? before.location : input.location,
        notes: input.notes === undefined ? before.notes : input.notes,
        sequence: before.sequence + 1,
      });
    }
    if (after !== before) {
      const action =
        input.status === 'held' ? 'hold' : input.status === 'cancelled' ? 'cancel' : 'reschedule';
      await recordAudit(tx, actor, {
        action: `disruption_meeting.${action}`,
        entityType: 'disruption_meeting',
        entityId: meetingId,
        before,
        after,
      });
    }
    const invite = await buildInvite(tx, actor, after, client, publicUrl, now);
    const queued =
      input.send && after.status !== 'held'
        ? await queueInvite(tx, actor, after, client, invite, now)
        : false;
    return {
      meeting: (await requireMeeting(tx, actor, disruptionId, meetingId)).view,
      invite: { method: invite.method, filename: invite.filename, content: invite.content, queued },
      interactionId,
    };
  });
}

function same(a: unknown, b: unknown): boolean {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}

async function save(tx: Db, before: MeetingRow, changes: Partial<MeetingRow>): Promise<MeetingRow> {
  const [after] = await tx
    .update(disruptionMeetings)
    .set(changes)
    .where(and(eq(disruptionMeetings.workspaceId, before.workspaceId), eq(disruptionMeetings.id, before.id)))
    .returning();
  if (!after) throw new Error('meeting vanished');
  return after;
}
