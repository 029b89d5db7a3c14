import { AppError } from '../errors/app-error.ts';

/**
 * The merge fields a disruption's messages may use, with what each stands for. The web
 * app shows these as hints; anything else between double braces is refused, so a typo
 * such as {{promised}} never reaches a client as literal braces.
 */
export const MERGE_FIELDS = {
  'client.name': "The client's name",
  'client.first_name': "The client's first name (a business's whole name)",
  message: 'The client-facing message',
  promise: 'The date we promise things will be back to normal, e.g. "Monday 14 December 2026"',
  plan_link: "The link to the client's private page",
  'business.name': 'Your business name',
} as const;

export type MergeField = keyof typeof MERGE_FIELDS;
export type MergeValues = Record<MergeField, string>;

// `{{ name }}`, spaces allowed inside the braces; the name is anything without braces.
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

const isMergeField = (name: string): name is MergeField => Object.hasOwn(MERGE_FIELDS, name);

/** The placeholders in `template` that are not merge fields, each once, in order of appearance. */
export function findUnknownMergeFields(template: string): string[] {
  const unknown = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!isMergeField(name)) unknown.add(name);
  }
  return [...unknown];
}

/**
 * Fills the merge fields in one pass. Values go in literally: a client named
 * "{{promise}}" stays that name, and nothing in a value is read as a placeholder or as
 * markup (messages are plain text). Unknown placeholders are an error naming them.
 */
export function renderTemplate(template: string, values: MergeValues): string {
  const unknown = findUnknownMergeFields(template);
  if (unknown.length > 0) throw unknownFieldsError(unknown);
  return template.replace(PLACEHOLDER, (_whole, name: string) => values[name as MergeField]);
}

/** The refusal for unknown placeholders, with `path` naming the field that holds the template. */
export function unknownFieldsError(unknown: readonly string[], path = 'template'): AppError {
  const list = unknown.map((name) => `{{${name}}}`).join(', ');
  return new AppError('invalid_input', `Unknown merge field${unknown.length === 1 ? '' : 's'}: ${list}`, [
    { path, message: `Unknown merge field${unknown.length === 1 ? '' : 's'} ${list}; use ${knownList()}` },
  ]);
}

/** Whether a template says the promised date, so a message made from it tells the client that date. */
export function mentionsPromise(...templates: string[]): boolean {
  return templates.some((template) =>
    [...template.matchAll(PLACEHOLDER)].some((match) => match[1] === 'promise'),
  );
}

/** A person's first name is their first word; a business is greeted by its whole name. */
export function firstNameOf(name: string, kind: 'person' | 'business'): string {
  if (kind === 'business') return name.trim();
  return name.trim().split(/\s+/)[0] ?? name;
}

const knownList = () =>
  Object.keys(MERGE_FIELDS)
    .map((name) => `{{${name}}}`)
    .join(', ');
