import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { meetingEndsAt } from '../../core/disruptions/meetings.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { clients, disruptionMeetings, users } from '../../db/schema/index.ts';
import { visibleClientCondition } from '../clients/visibility.ts';
import type { MeetingView } from './schemas.ts';

export type MeetingRow = typeof disruptionMeetings.$inferSelect;

/**
 * Meetings on clients the actor may act on, soonest first: for a stand-in, only the
 * clients they stand in for in the meeting's disruption.
 */
export async function selectMeetings(db: Db, actor: Actor, where: (SQL | undefined)[], limit: number) {
  const rows = await db
    .select({ meeting: disruptionMeetings, client: clients, organizerName: users.name })
    .from(disruptionMeetings)
    .innerJoin(
      clients,
      and(
        eq(clients.workspaceId, disruptionMeetings.workspaceId),
        eq(clients.id, disruptionMeetings.clientId),
      ),
    )
    .leftJoin(
      users,
      and(
        eq(users.workspaceId, disruptionMeetings.workspaceId),
        eq(users.id, disruptionMeetings.organizerUserId),
      ),
    )
    .where(
      and(
        eq(disruptionMeetings.workspaceId, actor.workspaceId),
        visibleClientCondition(actor, sql`${disruptionMeetings.clientId}`),
        standInCondition(actor),
        ...where,
      ),
    )
    .orderBy(asc(disruptionMeetings.startsAt), asc(disruptionMeetings.id))
    .limit(limit);
  return rows.map(({ meeting, client, organizerName }) => ({
    row: meeting,
    client,
    view: toMeetingView(meeting, client, organizerName),
  }));
}

/** One meeting of the disruption the actor may act on, or 404. */
export async function requireMeeting(db: Db, actor: Actor, disruptionId: string, meetingId: string) {
  const [found] = await selectMeetings(
    db,
    actor,
    [eq(disruptionMeetings.disruptionId, disruptionId), eq(disruptionMeetings.id, meetingId)],
    1,
  );
  if (!found) throw notFound('Meeting');
  return found;
}

function standInCondition(actor: Actor): SQL {
  if (policies.seesAllClients(actor)) return sql`true`;
  return sql`exists (select 1 from disruption_clients dc where dc.workspace_id = ${disruptionMeetings.workspaceId}
    and dc.disruption_id = ${disruptionMeetings.disruptionId} and dc.client_id = ${disruptionMeetings.clientId}
    and dc.stand_in_user_id = ${actor.userId} and dc.removed_at is null)`;
}

export function inviteUrl(meeting: Pick<MeetingRow, 'disruptionId' | 'id'>): string {
  return `/api/v1/disruptions/${meeting.disruptionId}/meetings/${meeting.id}/invite.ics`;
}

export function toMeetingView(
  meeting: MeetingRow,
  client: Pick<typeof clients.$inferSelect, 'id' | 'name' | 'email'>,
  organizerName: string | null,
): MeetingView {
  return {
    id: meeting.id,
    disruptionId: meeting.disruptionId,
    client: { id: client.id, name: client.name, email: client.email },
    kind: meeting.kind,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meetingEndsAt(meeting.startsAt, meeting.durationMinutes).toISOString(),
    durationMinutes: meeting.durationMinutes,
    location: meeting.location,
    notes: meeting.notes,
    status: meeting.status,
    sequence: meeting.sequence,
    organizer:
      meeting.organizerUserId && organizerName ? { id: meeting.organizerUserId, name: organizerName } : null,
    createdAt: meeting.createdAt.toISOString(),
    inviteUrl: inviteUrl(meeting),
  };
}
