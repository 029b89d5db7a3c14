import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClient,
  OWNER,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports that setup is needed, then creates the owner once and refuses a second setup', async () => {
    const anonymous = new ApiClient(t.app);
    expect((await anonymous.get('/api/v1/auth/status')).body).toEqual({ setUp: false });

    const { api, me } = await setupOwner(t);
    expect(me.user).toMatchObject({ email: OWNER.email, role: 'owner' });
    expect((await api.get('/api/v1/auth/me')).body.workspace.name).toBe(OWNER.workspaceName);

    const again = await anonymous.post('/api/v1/auth/setup', { ...OWNER, email: 'mallory@example.com' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
    expect((await anonymous.get('/api/v1/auth/status')).body).toEqual({ setUp: true });
  });

  it('sets an HttpOnly SameSite cookie on login and forgets the session on logout', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: OWNER.email.toUpperCase(), password: OWNER.password },
    });
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const api = await signIn(t, OWNER.email, OWNER.password);
    expect((await api.get('/api/v1/auth/me')).status).toBe(200);
    await api.post('/api/v1/auth/logout');
    expect((await api.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('refuses a wrong password with the error shape and without saying which part was wrong', async () => {
    const response = await new ApiClient(t.app).post('/api/v1/auth/login', {
      email: OWNER.email,
      password: 'nope-nope-nope',
    });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      error: { code: 'unauthenticated', message: 'E-mail or password is not right', details: [] },
    });
  });

  it('refuses invalid setup input with field details', async () => {
    const response = await new ApiClient(t.app).post('/api/v1/auth/setup', {
      workspaceName: '',
      ownerName: 'x',
      email: 'not-an-email',
      password: 'short',
      extra: 'field',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_input');
    expect(response.body.error.details.length).toBeGreaterThan(0);
  });

  it('rate-limits login attempts per address and e-mail', async () => {
    const api = new ApiClient(t.app);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      statuses.push(
        (await api.post('/api/v1/auth/login', { email: 'victim@example.com', password: 'guess-guess' }))
          .status,
      );
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Another e-mail from the same address is still allowed to try.
    expect(
      (await api.post('/api/v1/auth/login', { email: OWNER.email, password: OWNER.password })).status,
    ).toBe(200);
  });
});
