import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient } from '../../../test/support/factories.ts';
import { createTestDatabase } from '../../../test/support/test-database.ts';
import type { Database } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { captureIO, setUpWorkspace } from '../cli-test-aids.ts';
import { runDisruptionsDeclare, runDisruptionsList, runDisruptionsShow } from './disruptions.ts';

const now = new Date('2026-11-24T10:00:00Z');

describe('rapport disruptions', () => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    const { workspace } = await setUpWorkspace(database.db);
    await insertClient(database.db, workspace.id, { name: 'Ada Fielding', tags: ['retainer'] });
    await insertClient(database.db, workspace.id, { name: 'Ben Okafor', email: null });
    await insertClient(database.db, workspace.id, {
      name: 'Cleo Paused',
      status: 'paused',
      tags: ['retainer'],
    });
  });
  afterAll(() => database.close());

  it('declares over all active clients, then lists and shows it', async () => {
    const declared = captureIO();
    const view = await runDisruptionsDeclare(
      database.db,
      {
        title: 'Olive is ill',
        message: 'Olive is unwell; Sam is looking after your work.',
        detail: 'Surgery Tuesday',
        estimate: '2026-12-07',
        buffer: '7',
        allActive: true,
        now,
        publicUrl: 'https://rapport.example.com',
      },
      declared.io,
    );
    expect(declared.out()).toContain('Declared "Olive is ill"');
    expect(declared.out()).toContain(
      '2 clients affected: 2 outreach tasks, 1 message queued in the outbox, 1 client to reach by phone or in person.',
    );
    expect(declared.out()).toContain('Promised to clients: Monday 14 December 2026.');
    const [message] = await queryRows<{ body: string; by: string | null }>(
      database.db,
      sql`select body_text as body, created_by_user_id as by from outbox_messages`,
    );
    expect(message?.body).toMatch(/https:\/\/rapport\.example\.com\/c\/cp_/);
    const [audit] = await queryRows<{ label: string }>(
      database.db,
      sql`select actor_label as label from audit_log where action = 'disruption.declare'`,
    );
    expect(audit?.label).toMatch(/^CLI \(/);

    const list = captureIO();
    await runDisruptionsList(database.db, { now }, list.io);
    const lines = list.out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^started\s+status\s+affected\s+contacted\s+promise\s+title\s+disruption$/);
    expect(lines[1]).toMatch(
      /^2026-11-24 {2}active {2}2 {9}0 % {8}2026-12-14 {2}Olive is ill {2}[0-9a-f-]{36}$/,
    );
    expect(list.err()).toBe('1 disruption\n');

    const show = captureIO();
    await runDisruptionsShow(database.db, view.disruption.id, { now }, show.io);
    expect(show.out()).toContain('Promise:    Monday 14 December 2026 (estimate 2026-12-07 + 7 days)');
    expect(show.out()).toContain('Private (never shown to clients):\n  Surgery Tuesday');
    expect(show.out()).toContain('2 affected, 0 contacted (0 %)');
  });

  it('declares over tagged clients, and refuses what it cannot do with the flag at fault', async () => {
    const tagged = captureIO();
    const view = await runDisruptionsDeclare(
      database.db,
      { title: 'Retainer pause', message: 'Retainer work is paused.', tag: ['retainer'], now },
      tagged.io,
    );
    expect(view.outreach.clients).toBe(1);

    const refuse = (options: Parameters<typeof runDisruptionsDeclare>[1]) =>
      runDisruptionsDeclare(database.db, { title: 'T', message: 'M', now, ...options }, captureIO().io);
    await expect(refuse({})).rejects.toThrow(/--all-active, or --tag/);
    await expect(refuse({ allActive: true, tag: ['x'] })).rejects.toThrow(/--all-active, or --tag/);
    await expect(refuse({ allActive: true, estimate: '14/12/2026' })).rejects.toThrow(/^--estimate/);
    await expect(refuse({ allActive: true, buffer: '3' })).rejects.toThrow(
      /^--buffer: A buffer needs an estimate/,
    );
    await expect(refuse({ allActive: true, estimate: '2026-12-07', buffer: 'many' })).rejects.toThrow(
      /^--buffer/,
    );
    await expect(refuse({ allActive: true, message: '' })).rejects.toThrow(/^--message/);
    await expect(refuse({ tag: ['nobody-has-this'] })).rejects.toThrow(/No client matches/);
    await expect(runDisruptionsList(database.db, { status: 'open' }, captureIO().io)).rejects.toThrow(
      /--status/,
    );
    await expect(runDisruptionsShow(database.db, 'nope', {}, captureIO().io)).rejects.toThrow(
      /not a disruption id/,
    );
    await expect(
      runDisruptionsShow(database.db, '00000000-0000-7000-8000-000000000000', {}, captureIO().io),
    ).rejects.toThrow(/Disruption not found/);
    const [count] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from disruptions`,
    );
    expect(count?.n).toBe(2);
  });
});
