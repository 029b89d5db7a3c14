import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { meetingInvite } from '../../core/disruptions/meeting-invite.ts';
import {
  meetingDescription,
  meetingMessage,
  meetingSummary,
} from '../../core/disruptions/meeting-message.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { disruptions, users, workspaces } from '../../db/schema/index.ts';
import { queueMessages } from '../../mail/queue-messages.ts';
import type { MeetingRow } from './meeting-rows.ts';

export const MEETING_SOURCE = 'disruption_meeting';

interface InviteClient {
  id: string;
  name: string;
  email: string | null;
}

export interface BuiltInvite {
  method: 'REQUEST' | 'CANCEL';
  filename: string;
  content: string;
  /** Kept for the e-mail that carries it. */
  context: { workspaceName: string; timezone: string; clientMessage: string };
}

/**
 * The meeting's current invite: REQUEST while it stands (scheduled or held), CANCEL once
 * called off. The organizer is the workspace, reached at the organizing user's address
 * (or the owner's, when the system booked it); the attendee is the client.
 */
export async function buildInvite(
  db: Db,
  actor: Actor,
  meeting: MeetingRow,
  client: InviteClient,
  publicUrl: string,
  now: Date,
): Promise<BuiltInvite> {
  const [workspace] = await db
    .select({ name: workspaces.name, timezone: workspaces.timezone })
    .from(workspaces)
    .where(eq(workspaces.id, actor.workspaceId));
  const [disruption] = await db
    .select({ clientMessage: disruptions.clientMessage })
    .from(disruptions)
    .where(and(eq(disruptions.workspaceId, actor.workspaceId), eq(disruptions.id, meeting.disruptionId)));
  const [organizer] = await db
    .select({ email: users.email })
    .from(users)
    .where(
      and(
        eq(users.workspaceId, actor.workspaceId),
        meeting.organizerUserId ? eq(users.id, meeting.organizerUserId) : eq(users.role, 'owner'),
      ),
    )
    .orderBy(asc(users.createdAt))
    .limit(1);
  if (!workspace || !disruption || !organizer) throw notFound('Meeting');
  const method = meeting.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
  const content = meetingInvite({
    meetingId: meeting.id,
    domain: new URL(publicUrl).hostname || 'rapport.local',
    sequence: meeting.sequence,
    method,
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    summary: meetingSummary(workspace.name, meeting.kind),
    description: meetingDescription({ ...meeting, clientMessage: disruption.clientMessage }),
    location: meeting.location,
    organizer: { name: workspace.name, email: organizer.email },
    attendee: client.email ? { name: client.name, email: client.email } : null,
    stamp: now,
  });
  return {
    method,
    filename: method === 'CANCEL' ? 'cancelled-meeting.ics' : 'meeting.ics',
    content,
    context: {
      workspaceName: workspace.name,
      timezone: workspace.timezone,
      clientMessage: disruption.clientMessage,
    },
  };
}

/**
 * Puts the invite in the outbox for the client, in the caller's transaction. A client
 * without an e-mail address gets nothing queued (false): the team shares it another way.
 */
export async function queueInvite(
  tx: Db,
  actor: Actor,
  meeting: MeetingRow,
  client: InviteClient,
  invite: BuiltInvite,
  now: Date,
): Promise<boolean> {
  if (!client.email) return false;
  const message = meetingMessage({
    ...invite.context,
    method: invite.method,
    isUpdate: meeting.sequence > 0,
    clientName: client.name,
    kind: meeting.kind,
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    location: meeting.location,
    notes: meeting.notes,
  });
  await queueMessages(
    tx,
    actor,
    [
      {
        clientId: client.id,
        toAddress: client.email,
        toName: client.name,
        ...message,
        attachments: [
          {
            filename: invite.filename,
            contentType: `text/calendar; method=${invite.method}; charset=UTF-8`,
            content: invite.content,
          },
        ],
        sourceKind: MEETING_SOURCE,
        sourceId: meeting.id,
      },
    ],
    now,
  );
  return true;
}
