import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupOwner, startTestApp, type TestApp } from '../../test/support/test-app.ts';

describe('the server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('publishes an OpenAPI document generated from the request schemas', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/v1/auth/setup',
      '/api/v1/auth/login',
      '/api/v1/users',
      '/api/v1/clients',
      '/api/v1/clients/{id}',
      '/api/v1/clients/{id}/interactions',
      '/api/v1/callbacks',
      '/api/v1/tasks',
      '/api/v1/audit',
    ]) {
      expect(Object.keys(document.paths), path).toContain(path);
    }
    const createClient = document.paths['/api/v1/clients'].post;
    const body = createClient.requestBody.content['application/json'].schema;
    expect(body.required).toContain('name');
    expect(body.additionalProperties).toBe(false);
  });

  it('documents the whole hard-times playbook under /api/v1/disruptions, and the outbox', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const d = '/api/v1/disruptions/{id}';
    expect(operations).toEqual(
      expect.arrayContaining([
        // Steps 1, 2 and 4: the disruption, its clients and its time frame.
        'POST /api/v1/disruptions',
        `GET ${d}/clients`,
        `POST ${d}/estimate`,
        `POST ${d}/tell`,
        // Step 3: stand-ins and their reports.
        `PUT ${d}/stand-ins`,
        `GET ${d}/stand-ins/digest`,
        `POST ${d}/clients/{clientId}/reports`,
        `POST ${d}/reports/{reportId}/review`,
        // Step 5: the plan, meetings and the client's input.
        `POST ${d}/plan`,
        `POST ${d}/clients/{clientId}/meetings`,
        `GET ${d}/meetings/{meetingId}/invite.ics`,
        `POST ${d}/clients/{clientId}/inputs`,
        // Private pages, resolution and step 6.
        `POST ${d}/clients/{clientId}/client-page`,
        `POST ${d}/client-pages/{linkId}/revoke`,
        `POST ${d}/resolve`,
        `PUT ${d}/clients/{clientId}/thank-you`,
        `POST ${d}/thank-yous/{thankYouId}/done`,
        // The board.
        `GET ${d}/board`,
        `GET ${d}/figures`,
        // Mail.
        'GET /api/v1/outbox',
        'POST /api/v1/outbox/{id}/retry',
      ]),
    );
  });

  it('serves browsable API docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger');
  });

  it('answers unknown API paths and non-JSON bodies with the error shape', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');

    const { api } = await setupOwner(t);
    const plain = await api.send('POST', '/api/v1/clients', 'name=x', {
      headers: { 'content-type': 'text/plain' },
    });
    expect(plain.status).toBe(415);
    expect(plain.body.error.code).toBe('invalid_input');

    const broken = await api.send('POST', '/api/v1/clients', '{"name":', {
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('invalid_input');
  });

  it('sends protective headers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/auth/status' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });
});
