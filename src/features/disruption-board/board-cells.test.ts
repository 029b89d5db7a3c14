// The board's cells and its figures over the board story (board-story-test-aids.ts): the
// state of each step for each client, and why, and the counts over the current affected
// clients. Runs on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, TestApp } from '../../../test/support/test-app.ts';
import type { PlaybookStep } from '../../core/disruptions/vocabulary.ts';
import { startBoardStory } from './board-story-test-aids.ts';

describe('the board', () => {
  let t: TestApp;
  let owner: ApiClient;
  let disruptionId: string;
  let standInId: string;

  beforeAll(async () => {
    ({ t, owner, disruptionId, standInId } = await startBoardStory());
  });
  afterAll(() => t.close());

  it('shows each affected client by name with the state of each step and why', async () => {
    const board = await owner.get(`/api/v1/disruptions/${disruptionId}/board`);
    expect(board.status, JSON.stringify(board.body)).toBe(200);
    expect(board.body.steps).toEqual(['contact', 'communicate', 'oversee', 'time_frame', 'plan', 'thank']);
    const rows = board.body.items as {
      clientName: string;
      cells: Record<PlaybookStep, { state: string; note: string }>;
    }[];
    expect(rows.map((r) => r.clientName)).toEqual([
      'Ada Lovelace',
      'Ben Okri',
      'Cy Twombly',
      'Dee Snider',
      'Eve Arden',
    ]);
    const states = Object.fromEntries(
      rows.map((r) => [
        r.clientName.split(' ')[0],
        Object.values(r.cells)
          .map((c) => c.state)
          .join(' '),
      ]),
    );
    expect(states).toEqual({
      //   contact  communicate  oversee  time_frame  plan  thank
      Ada: 'done done done done done not_started',
      Ben: 'done overdue not_needed overdue overdue not_started',
      Cy: 'overdue overdue not_needed due due not_started',
      Dee: 'done due not_needed done due not_started',
      Eve: 'done done overdue due due not_started',
    });
    const cy = rows[2]?.cells;
    expect(cy?.contact.note).toMatch(/window closed 24 h ago/);
    expect(cy?.communicate.note).toBe('1 callback overdue');
    expect(rows[1]?.cells.contact.note).toMatch(/late, after 30 h/);
    expect(rows[3]?.cells.communicate.note).toMatch(/due today; 1 callback answered late/);
    expect(rows[4]?.cells.oversee.note).toMatch(/Sam Stand's report was sent back/);
    expect(board.body.items[0].standIn).toEqual({ id: standInId, name: 'Sam Stand' });
  });

  it('counts the figures over the current affected clients', async () => {
    const figures = await owner.get(`/api/v1/disruptions/${disruptionId}/figures`);
    expect(figures.status, JSON.stringify(figures.body)).toBe(200);
    expect(figures.body).toEqual({
      status: 'active',
      clients: 5,
      contact: { within24h: 3, late: 1, notYet: 1, percentWithin24h: 60 },
      callbacks: {
        due: 3,
        answeredOnTime: 1,
        answeredLate: 1,
        openOverdue: 1,
        openNotDue: 0,
        percentOnTime: 33,
      },
      reports: { accepted: 1, sentBack: 2, waiting: 1, percentAccepted: 33 },
      promises: {
        made: 2,
        rePromises: 1,
        kept: 0,
        broken: 1,
        pending: 1,
        current: '2026-12-15',
        outcome: 'pending',
        clientsTold: 3,
        clientsToldCurrent: 2,
        clientsKept: 0,
        percentClientsKept: null,
      },
      thanks: { done: 0, chosen: 0, notChosen: 5, percentDone: null },
    });
  });
});
