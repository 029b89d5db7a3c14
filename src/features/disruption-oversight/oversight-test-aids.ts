// Test aids for steps 3 and 5: a disruption with affected clients, stand-ins signed in,
// and row counts that prove a refusal wrote nothing. Not imported by the app.
import { sql } from 'drizzle-orm';
import { insertClient, insertUser } from '../../../test/support/factories.ts';
import { signIn, type TestApp } from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';
import { disruptionClients, disruptions } from '../../db/schema/index.ts';

export interface DisruptionFixture {
  disruptionId: string;
  clients: { id: string; name: string; email: string | null }[];
}

/** A disruption declared straight in the database, affecting `names.length` new clients. */
export async function disruptionWithClients(
  t: TestApp,
  workspaceId: string,
  names: string[],
  /** `alsoAffected`: clients that exist already and are affected too. */
  options: { title?: string; noEmail?: string[]; alsoAffected?: string[] } = {},
): Promise<DisruptionFixture> {
  const db = t.database.db;
  const [disruption] = await db
    .insert(disruptions)
    .values({
      workspaceId,
      title: options.title ?? 'Owner in hospital',
      privateDetail: 'Surgery on Monday; back in three weeks',
      clientMessage: 'I am away for a few weeks; Sam and Ana are covering your work.',
      startedOn: '2026-11-23',
      audience: { kind: 'chosen' },
      outreachSubject: 'An update from us',
      outreachBody: 'Hello {{client.name}}',
    })
    .returning();
  if (!disruption) throw new Error('disruption insert returned nothing');
  const clients = [];
  for (const name of names) {
    const email = options.noEmail?.includes(name)
      ? null
      : `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`;
    const client = await insertClient(db, workspaceId, { name, email });
    clients.push({ id: client.id, name, email });
  }
  const affected = [...clients.map((client) => client.id), ...(options.alsoAffected ?? [])];
  if (affected.length > 0) {
    await db
      .insert(disruptionClients)
      .values(affected.map((clientId) => ({ workspaceId, disruptionId: disruption.id, clientId })));
  }
  return { disruptionId: disruption.id, clients };
}

/** A stand-in user, signed in. */
export async function signedInStandIn(t: TestApp, workspaceId: string, name: string) {
  const { user, password } = await insertUser(t.database.db, workspaceId, 'stand_in', { name });
  return { user, api: await signIn(t, user.email, password) };
}

const COUNTED = [
  'disruption_reports',
  'disruption_plan_steps',
  'disruption_meetings',
  'disruption_inputs',
  'client_assignments',
  'interactions',
  'callbacks',
  'outbox_messages',
  'audit_log',
] as const;

/** Rows in every table steps 3 and 5 write, to prove a refused request wrote nothing. */
export async function countRows(t: TestApp): Promise<Record<(typeof COUNTED)[number], number>> {
  const counts = {} as Record<(typeof COUNTED)[number], number>;
  for (const table of COUNTED) {
    const [row] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    counts[table] = row?.n ?? 0;
  }
  return counts;
}

/** Stand-in columns of the affected rows, by client id. */
export async function standInsOf(t: TestApp, disruptionId: string): Promise<Map<string, string | null>> {
  const rows = await queryRows<{ client_id: string; stand_in_user_id: string | null }>(
    t.database.db,
    sql`select client_id, stand_in_user_id from disruption_clients where disruption_id = ${disruptionId}`,
  );
  return new Map(rows.map((row) => [row.client_id, row.stand_in_user_id]));
}

/** A concrete report that passes the vague-report rules. */
export const GOOD_REPORT = {
  whatWasDone: 'Called Maria at 10:15 about the delayed March report',
  outcome: 'She is fine with a short delay',
  nextStep: 'Send her the draft on Friday',
};
