import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { getSettings } from './get-settings.ts';
import { settingsPatch, settingsView } from './schemas.ts';
import { updateSettings } from './update-settings.ts';

export function settingsRoutes(app: App, { database }: RouteDeps): void {
  const { db } = database;

  app.get(
    '/api/v1/settings',
    {
      schema: {
        tags: ['settings'],
        summary: 'Workspace settings and the callback response policy',
        response: { 200: settingsView },
      },
    },
    async (request) => getSettings(db, actorOf(request)),
  );

  app.patch(
    '/api/v1/settings',
    {
      schema: {
        tags: ['settings'],
        summary: 'Change part of the settings (owner only)',
        body: settingsPatch,
        response: { 200: settingsView },
      },
    },
    async (request) => updateSettings(db, actorOf(request), request.body),
  );
}
