// The demo's disruption, ten days in, as the playbook's own queries see it. Runs on
// PGlite and PostgreSQL.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../core/auth/actor.ts';
import type { Database } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { users } from '../../db/schema/index.ts';
import type { DemoWorkspaceResult } from '../../features/demo/create-demo-workspace.ts';
import { getBoardFigures } from '../../features/disruption-board/get-board-figures.ts';
import { listBoard } from '../../features/disruption-board/list-board.ts';
import { getToday } from '../../features/today/get-today.ts';
import { createDemo, NOW } from './demo-test-aids.ts';

describe('rapport demo', () => {
  let database: Database;
  let result: DemoWorkspaceResult;

  beforeAll(async () => {
    ({ database, result } = await createDemo());
  }, 180_000);
  afterAll(() => database.close());

  // The story of demo-disruption.ts as the playbook's own queries see it: every column of
  // the board has work done and work left, and Today leads with it.
  it('holds one active disruption ten days in: the board, its figures, the outbox and Today', async () => {
    const owner = systemActor(result.workspace.id);
    const [disruption] = await queryRows<{ id: string; title: string; status: string; promised_on: string }>(
      database.db,
      sql`select id, title, status, promised_on::text from disruptions`,
    );
    const [, promised] = result.plan.disruption.acts.filter(
      (act) => act.kind === 'set_promise' || act.kind === 'move_estimate',
    );
    expect(disruption).toMatchObject({ title: 'Studio flooded', status: 'active' });
    expect(promised?.kind === 'set_promise' && promised.promisedOn).toBe(disruption?.promised_on);
    const id = disruption?.id as string;

    const board = await listBoard(database.db, owner, id, { limit: 50 }, NOW);
    expect(board.items).toHaveLength(12);
    const states = (step: keyof (typeof board.items)[number]['cells']) => {
      const tally: Record<string, number> = {};
      for (const row of board.items) tally[row.cells[step].state] = (tally[row.cells[step].state] ?? 0) + 1;
      return tally;
    };
    expect(states('contact')).toEqual({ done: 10, overdue: 2 });
    // Updated since (or met, or a callback answered); one update due today; four behind.
    expect(states('communicate')).toEqual({ done: 7, due: 1, overdue: 4 });
    expect(states('oversee')).toEqual({ not_needed: 8, done: 1, overdue: 1, due: 1, not_started: 1 });
    expect(states('time_frame')).toEqual({ done: 6, overdue: 6 });
    expect(states('plan')).toEqual({ done: 1, due: 11 });
    expect(states('thank')).toEqual({ not_started: 12 });

    const figures = await getBoardFigures(database.db, owner, id, NOW);
    expect(figures).toMatchObject({
      clients: 12,
      contact: { within24h: 8, late: 2, notYet: 2 },
      callbacks: { answeredOnTime: 1, answeredLate: 1, openOverdue: 0, openNotDue: 0 },
      reports: { accepted: 1, sentBack: 1, waiting: 1 },
      promises: { current: disruption?.promised_on, clientsToldCurrent: 6 },
    });

    // The stand-in sees his four clients, nobody else's.
    const [jordan] = await database.db.select().from(users).where(sql`role = 'stand_in'`);
    const asJordan = {
      workspaceId: result.workspace.id,
      userId: jordan?.id ?? null,
      role: 'stand_in' as const,
      label: 'Jordan',
    };
    const his = await listBoard(database.db, asJordan, id, { limit: 50 }, NOW);
    expect(his.items.map((row) => row.standIn?.name)).toEqual([
      'Jordan Lee',
      'Jordan Lee',
      'Jordan Lee',
      'Jordan Lee',
    ]);

    expect(
      await queryRows(
        database.db,
        sql`select source_kind as kind, status, count(*)::int as n from outbox_messages
            group by 1, 2 order by 1, status::text`,
      ),
    ).toEqual([
      { kind: 'disruption_meeting', status: 'queued', n: 1 },
      { kind: 'disruption_outreach', status: 'cancelled', n: 4 },
      { kind: 'disruption_outreach', status: 'queued', n: 2 },
      { kind: 'disruption_outreach', status: 'sent', n: 6 },
      { kind: 'disruption_update', status: 'sent', n: 4 },
    ]);

    const today = await getToday(database.db, owner, NOW);
    expect(today.hardTimes).toHaveLength(1);
    expect(today.hardTimes[0]?.counts).toEqual({
      affected: 12,
      contacted: 10,
      outreachOpen: 2,
      mustBeTold: 6,
      updatesOverdue: 4,
    });
  });
});
