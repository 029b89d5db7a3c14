import { eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../core/auth/actor.ts';
import { encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionMeetings } from '../../db/schema/index.ts';
import { requireReadableDisruption } from '../disruptions/disruption-access.ts';
import { readCursor } from '../shared/read-cursor.ts';
import { buildInvite } from './meeting-invites.ts';
import { requireMeeting, selectMeetings } from './meeting-rows.ts';
import type { ListMeetingsQuery, MeetingView } from './schemas.ts';

const cursorKey = z.tuple([z.iso.datetime(), z.uuid()]);

/** A disruption's meetings, soonest first; a stand-in sees those with their clients only. */
export async function listMeetings(
  db: Db,
  actor: Actor,
  disruptionId: string,
  query: ListMeetingsQuery,
): Promise<{ items: MeetingView[]; nextCursor: string | null }> {
  await requireReadableDisruption(db, actor, disruptionId);
  const where: SQL[] = [eq(disruptionMeetings.disruptionId, disruptionId)];
  if (query.clientId) where.push(eq(disruptionMeetings.clientId, query.clientId));
  if (query.status) where.push(eq(disruptionMeetings.status, query.status));
  if (query.cursor) {
    const [startsAt, id] = readCursor(query.cursor, cursorKey);
    where.push(
      sql`(${disruptionMeetings.startsAt}, ${disruptionMeetings.id}) > (${startsAt}::timestamptz, ${id}::uuid)`,
    );
  }
  const rows = (await selectMeetings(db, actor, where, query.limit + 1)).map((found) => found.view);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.startsAt, last.id]) : null,
  };
}

/** The meeting's current .ics, for download. */
export async function getMeetingInvite(
  db: Db,
  actor: Actor,
  disruptionId: string,
  meetingId: string,
  publicUrl: string,
  now: Date,
) {
  await requireReadableDisruption(db, actor, disruptionId);
  const { row, client } = await requireMeeting(db, actor, disruptionId, meetingId);
  return buildInvite(db, actor, row, client, publicUrl, now);
}
