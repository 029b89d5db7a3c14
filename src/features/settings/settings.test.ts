import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser, workspaceIdOf } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  OWNER,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';

describe('settings', () => {
  let t: TestApp;
  let owner: ApiClient;
  let staff: ApiClient;
  let standIn: ApiClient;
  let workspaceId: string;

  beforeAll(async () => {
    t = await startTestApp();
    owner = (await setupOwner(t)).api;
    workspaceId = await workspaceIdOf(t.database.db, OWNER.email);
    const staffUser = await insertUser(t.database.db, workspaceId, 'staff');
    const standInUser = await insertUser(t.database.db, workspaceId, 'stand_in');
    staff = await signIn(t, staffUser.user.email, staffUser.password);
    standIn = await signIn(t, standInUser.user.email, standInUser.password);
  });
  afterAll(() => t.close());

  const settingsAudit = () =>
    queryRows<{ before: unknown; after: unknown; actor_label: string }>(
      t.database.db,
      sql`select before, after, actor_label from audit_log where action = 'settings.update' order by at, id`,
    );

  it('shows the defaults to everyone signed in', async () => {
    const expected = {
      workspace: { name: OWNER.workspaceName, currency: 'USD', timezone: 'UTC' },
      responsePolicy: {
        callbackHours: 4,
        businessHoursOnly: false,
        workdays: [1, 2, 3, 4, 5],
        dayStart: '09:00',
        dayEnd: '17:00',
      },
    };
    for (const caller of [owner, staff, standIn]) {
      const response = await caller.get('/api/v1/settings');
      expect(response.status).toBe(200);
      expect(response.body).toEqual(expected);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/settings' })).statusCode).toBe(401);
  });

  it('lets the owner change part of the settings, and audits before and after', async () => {
    const before = (await owner.get('/api/v1/settings')).body;
    const response = await owner.patch('/api/v1/settings', {
      workspace: { name: 'Harbor & Co', currency: 'EUR', timezone: 'Europe/London' },
      responsePolicy: { businessHoursOnly: true, workdays: [5, 1, 3], dayEnd: '18:30', callbackHours: 2.5 },
    });
    expect(response.status).toBe(200);
    const expected = {
      workspace: { name: 'Harbor & Co', currency: 'EUR', timezone: 'Europe/London' },
      responsePolicy: {
        callbackHours: 2.5,
        businessHoursOnly: true,
        workdays: [1, 3, 5],
        dayStart: '09:00',
        dayEnd: '18:30',
      },
    };
    expect(response.body).toEqual(expected);
    expect((await staff.get('/api/v1/settings')).body).toEqual(expected);
    const audit = await settingsAudit();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ before, after: expected, actor_label: OWNER.ownerName });
  });

  it('writes no audit row when nothing changes', async () => {
    const count = (await settingsAudit()).length;
    const current = (await owner.get('/api/v1/settings')).body;
    expect((await owner.patch('/api/v1/settings', {})).body).toEqual(current);
    expect((await owner.patch('/api/v1/settings', current)).body).toEqual(current);
    expect(await settingsAudit()).toHaveLength(count);
  });

  it('refuses staff and stand-ins with 403 and changes nothing', async () => {
    const current = (await owner.get('/api/v1/settings')).body;
    const count = (await settingsAudit()).length;
    for (const caller of [staff, standIn]) {
      const response = await caller.patch('/api/v1/settings', { responsePolicy: { callbackHours: 1 } });
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('forbidden');
    }
    expect((await owner.get('/api/v1/settings')).body).toEqual(current);
    expect(await settingsAudit()).toHaveLength(count);
  });

  it.each([
    ['callback hours below a quarter hour', { responsePolicy: { callbackHours: 0.1 } }],
    ['callback hours over 720', { responsePolicy: { callbackHours: 721 } }],
    ['callback hours as text', { responsePolicy: { callbackHours: '4' } }],
    ['a repeated workday', { responsePolicy: { workdays: [1, 1, 2] } }],
    ['a workday 0', { responsePolicy: { workdays: [0, 1] } }],
    ['a workday 8', { responsePolicy: { workdays: [8] } }],
    ['a fractional workday', { responsePolicy: { workdays: [1.5] } }],
    ['no workdays with business hours on', { responsePolicy: { workdays: [] } }],
    ['an opening time without a leading zero', { responsePolicy: { dayStart: '9:00' } }],
    ['an hour of 24', { responsePolicy: { dayEnd: '24:00' } }],
    ['a minute of 60', { responsePolicy: { dayStart: '08:60' } }],
    ['closing before the stored opening', { responsePolicy: { dayEnd: '08:00' } }],
    ['closing at opening', { responsePolicy: { dayStart: '10:00', dayEnd: '10:00' } }],
    [
      'more hours than a year of business hours',
      { responsePolicy: { callbackHours: 720, workdays: [1], dayStart: '09:00', dayEnd: '10:00' } },
    ],
    ['an unknown time zone', { workspace: { timezone: 'Mars/Olympus_Mons' } }],
    ['a lower-case currency', { workspace: { currency: 'eur' } }],
    ['an unknown currency', { workspace: { currency: 'XYZ' } }],
    ['an empty name', { workspace: { name: ' ' } }],
    ['a null workspace', { workspace: null }],
    ['an unknown top-level field', { theme: 'dark' }],
    ['an unknown policy field', { responsePolicy: { callbackMinutes: 30 } }],
    ['an unknown workspace field', { workspace: { id: '00000000-0000-0000-0000-000000000000' } }],
  ])('refuses %s with 400 and changes nothing', async (_name, body) => {
    const current = (await owner.get('/api/v1/settings')).body;
    const count = (await settingsAudit()).length;
    const response = await owner.patch('/api/v1/settings', body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_input');
    expect(response.body.error.details.length).toBeGreaterThan(0);
    expect((await owner.get('/api/v1/settings')).body).toEqual(current);
    expect(await settingsAudit()).toHaveLength(count);
  });

  it('names the policy field at fault when the merged policy is inconsistent', async () => {
    const response = await owner.patch('/api/v1/settings', { responsePolicy: { dayEnd: '08:00' } });
    expect(response.body.error.details).toEqual([
      { path: 'responsePolicy.dayEnd', message: 'Closing time must be after opening time' },
    ]);
  });

  it('allows no workdays once business hours are off', async () => {
    const response = await owner.patch('/api/v1/settings', {
      responsePolicy: { businessHoursOnly: false, workdays: [] },
    });
    expect(response.status).toBe(200);
    expect(response.body.responsePolicy).toMatchObject({ businessHoursOnly: false, workdays: [] });
    // And turning business hours back on without workdays is refused.
    expect(
      (await owner.patch('/api/v1/settings', { responsePolicy: { businessHoursOnly: true } })).status,
    ).toBe(400);
  });

  it('keeps the currency once prices exist, since every amount is in its minor units', async () => {
    const plan = await owner.post('/api/v1/plans', { name: 'Monthly', priceMinor: 5_000, interval: 'month' });
    expect(plan.status).toBe(201);
    const before = (await owner.get('/api/v1/settings')).body.workspace.currency;
    const other = before === 'JPY' ? 'EUR' : 'JPY';
    const refused = await owner.patch('/api/v1/settings', { workspace: { currency: other } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details[0].path).toBe('workspace.currency');
    expect((await owner.get('/api/v1/settings')).body.workspace.currency).toBe(before);
    // Other settings still change.
    expect((await owner.patch('/api/v1/settings', { workspace: { name: 'Harbor Two' } })).status).toBe(200);
  });
});
