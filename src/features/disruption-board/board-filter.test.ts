// The board's step filter (`?step=…&state=…`) is SQL written from the core's cell rules
// (`step-state-sql.ts`). These tests hold the two together: on a generated data set, for
// every step and state and at two moments, the filtered board lists exactly the clients
// whose core-computed cell is in that state. Runs on PGlite and PostgreSQL.

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignClient, insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { CELL_STATES, type CellState } from '../../core/disruptions/board-state.ts';
import { PLAYBOOK_STEPS, type PlaybookStep } from '../../core/disruptions/vocabulary.ts';
import { queryRows } from '../../db/query-rows.ts';
import { seedGeneratedDisruption, T0, VARIANTS } from './board-filter-seed.ts';

type Row = { clientId: string; clientName: string; cells: Record<PlaybookStep, { state: CellState }> };

const MOMENTS = [T0, new Date(T0.getTime() + 26 * 3_600_000)];
const CLIENTS_EACH = 36;

/** Every state each step's rules can give: the data set must reach all of them. */
const REACHABLE: Record<PlaybookStep, CellState[]> = {
  contact: ['done', 'due', 'overdue'],
  communicate: ['done', 'due', 'overdue', 'not_started'],
  oversee: ['done', 'due', 'overdue', 'not_started', 'not_needed'],
  time_frame: ['done', 'due', 'overdue', 'not_started', 'not_needed'],
  plan: ['done', 'due', 'overdue', 'not_started'],
  thank: ['done', 'due', 'overdue', 'not_started'],
};

describe('the board filtered by a step’s state', () => {
  let t: TestApp;
  let owner: ApiClient;
  let standIn: ApiClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    const ws = setup.me.workspace.id as string;
    const db = t.database.db;
    const sam = await insertUser(db, ws, 'stand_in', { name: 'Sam Stand' });
    standIn = await signIn(t, sam.user.email, sam.password);
    let seed = 20261124;
    for (const variant of Object.keys(VARIANTS) as (keyof typeof VARIANTS)[]) {
      ids[variant] = await seedGeneratedDisruption(db, ws, variant, {
        count: CLIENTS_EACH,
        seed: seed++,
        standInId: sam.user.id,
        authorId: sam.user.id,
      });
    }
    // The stand-in is assigned the clients they stand in for, as the oversight step does.
    const theirs = await queryRows<{ client_id: string }>(
      db,
      sql`select client_id from disruption_clients where stand_in_user_id = ${sam.user.id}`,
    );
    for (const row of theirs) await assignClient(db, ws, row.client_id, sam.user.id);
  });
  afterAll(() => t.close());

  const board = async (api: ApiClient, id: string, query = '') => {
    const response = await api.get(`/api/v1/disruptions/${id}/board?limit=200${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.items as Row[];
  };

  it('lists exactly the clients whose cell the core puts in each state, for every step and state', async () => {
    const seen = Object.fromEntries(PLAYBOOK_STEPS.map((step) => [step, new Set<CellState>()]));
    for (const now of MOMENTS) {
      t.clock.current = now;
      for (const id of Object.values(ids)) {
        const all = await board(owner, id);
        expect(all.length).toBeGreaterThan(CLIENTS_EACH / 2);
        for (const step of PLAYBOOK_STEPS) {
          for (const state of CELL_STATES) {
            const expected = all
              .filter((row) => row.cells[step].state === state)
              .map((row) => row.clientName);
            const filtered = await board(owner, id, `&step=${step}&state=${state}`);
            expect(
              filtered.map((row) => row.clientName),
              `${step}=${state} at ${now.toISOString()}`,
            ).toEqual(expected);
            if (expected.length > 0) seen[step]?.add(state);
          }
        }
      }
    }
    for (const step of PLAYBOOK_STEPS)
      expect([...(seen[step] ?? [])].sort(), step).toEqual(REACHABLE[step].sort());
    t.clock.current = T0;
  });

  it('takes several states at once and pages the filtered list by cursor', async () => {
    const id = ids.activePromisedWithPlan as string;
    const all = await board(owner, id);
    const open = all.filter((row) => ['due', 'overdue'].includes(row.cells.plan.state));
    expect(open.length).toBeGreaterThan(4);
    expect(open.length).toBeLessThan(all.length);
    expect((await board(owner, id, '&step=plan&state=overdue,due')).map((r) => r.clientId)).toEqual(
      open.map((r) => r.clientId),
    );
    const paged: string[] = [];
    let cursor = '';
    for (let page = 0; page < 20; page++) {
      const response = await owner.get(
        `/api/v1/disruptions/${id}/board?step=plan&state=due,overdue&limit=2${cursor}`,
      );
      paged.push(...response.body.items.map((r: Row) => r.clientId));
      if (!response.body.nextCursor) break;
      cursor = `&cursor=${response.body.nextCursor}`;
    }
    expect(paged).toEqual(open.map((r) => r.clientId));
    const named = await board(owner, id, '&step=plan&state=due,overdue&q=ADA');
    expect(named.length).toBeGreaterThan(0);
    expect(named.map((r) => r.clientId)).toEqual(
      open.filter((r) => r.clientName.startsWith('ada')).map((r) => r.clientId),
    );
  });

  it('shows a stand-in only their own clients, filtered the same way', async () => {
    const id = ids.activePromisedWithPlan as string;
    const theirs = await board(standIn, id);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.length).toBeLessThan((await board(owner, id)).length);
    const expected = theirs.filter((row) => row.cells.oversee.state === 'not_started').map((r) => r.clientId);
    const filtered = await board(standIn, id, '&step=oversee&state=not_started');
    expect(filtered.map((r) => r.clientId)).toEqual(expected);
  });

  it.each([
    ['a step without a state', '?step=contact', 'state'],
    ['a state without a step', '?state=overdue', 'step'],
    ['an unknown state', '?step=contact&state=late', 'state'],
    ['an empty state', '?step=contact&state=', 'state'],
    ['an unknown step', '?step=billing&state=due', 'step'],
    ['SQL in the state', "?step=contact&state=done')%20or%20('1'='1", 'state'],
  ])('refuses %s with 400', async (_name, query, path) => {
    const response = await owner.get(`/api/v1/disruptions/${ids.activePromisedWithPlan}/board${query}`);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_input');
    expect(JSON.stringify(response.body.error.details)).toContain(path);
  });

  it('describes the filter in the OpenAPI document', async () => {
    const doc = (await owner.get('/api/openapi.json')).body;
    const names = doc.paths['/api/v1/disruptions/{id}/board'].get.parameters.map(
      (p: { name: string }) => p.name,
    );
    expect(names).toEqual(expect.arrayContaining(['q', 'step', 'state', 'limit', 'cursor']));
  });
});
