import type { AuditEntry } from '../../api/types.ts';
import { formatDateTime } from '../../lib/format.ts';

/** Entity types the log holds, as the filter offers them. */
export const ENTITY_TYPES: [type: string, label: string][] = [
  ['client', 'Clients'],
  ['interaction', 'Interactions'],
  ['callback', 'Callbacks'],
  ['task', 'Tasks'],
  ['user', 'Users'],
  ['api_token', 'API tokens'],
  ['workspace', 'Workspace settings'],
];

const ENTITY_NOUNS: Record<string, string> = {
  client: 'client',
  interaction: 'interaction',
  callback: 'callback',
  task: 'task',
  user: 'user',
  api_token: 'API token',
  workspace: 'workspace',
};

const ACTIONS: Record<string, string> = {
  'client.create': 'Added client',
  'client.update': 'Edited client',
  'client.archive': 'Archived client',
  'client.unarchive': 'Restored client',
  'client.assign': 'Reassigned client',
  'interaction.create': 'Logged interaction',
  'callback.open': 'Opened callback',
  'callback.answer': 'Answered callback',
  'task.create': 'Added task',
  'task.update': 'Edited task',
  'task.complete': 'Completed task',
  'task.reopen': 'Reopened task',
  'user.create': 'Added user',
  'user.update': 'Changed user',
  'user.login': 'Signed in',
  'api_token.create': 'Created API token',
  'api_token.revoke': 'Revoked API token',
  'settings.update': 'Changed settings',
  'workspace.create': 'Created workspace',
};

/** "Added client"; actions this screen does not know yet read "Plan: create". */
export function actionLabel(action: string): string {
  const known = ACTIONS[action];
  if (known) return known;
  const [entity = action, verb = ''] = action.split('.');
  return `${capitalise(entity.replaceAll('_', ' '))}${verb ? `: ${verb.replaceAll('_', ' ')}` : ''}`;
}

export function entityNoun(type: string): string {
  return ENTITY_NOUNS[type] ?? type.replaceAll('_', ' ');
}

/** What the entry was about, in words: the client's name, the task's title, the user's name… */
export function entityName(
  entry: AuditEntry,
  userNames: Map<string, string>,
  timeZone: string,
): string | null {
  const record = (entry.after ?? entry.before ?? {}) as Record<string, unknown>;
  if (entry.action === 'settings.update') return 'Workspace settings';
  for (const key of ['name', 'title', 'summary']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  if (entry.entityType === 'user') return userNames.get(entry.entityId) ?? null;
  if (entry.entityType === 'callback' && typeof record.dueAt === 'string') {
    return `Due ${formatDateTime(record.dueAt, timeZone)}`;
  }
  return null;
}

/** Where in the app the entity lives, when it has a page. */
export function entityHref(entry: AuditEntry): string | null {
  const record = (entry.after ?? entry.before ?? {}) as Record<string, unknown>;
  if (entry.entityType === 'client') return `/clients/${entry.entityId}`;
  if (typeof record.clientId === 'string') return `/clients/${record.clientId}`;
  if (entry.entityType === 'workspace') return '/settings/workspace';
  if (entry.entityType === 'user') return '/settings/users';
  return null;
}

/** "ownerUserId" → "Owner user id", "responsePolicy.dayEnd" → "Response policy › day end". */
export function fieldLabel(path: string): string {
  return capitalise(
    path
      .split('.')
      .map((part) =>
        part
          .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
          .replaceAll('_', ' ')
          .toLowerCase(),
      )
      .join(' › '),
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
