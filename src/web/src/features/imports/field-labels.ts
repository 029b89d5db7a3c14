import type { ImportField } from '../../api/imports.ts';

/** What each client field is called on screen, with a hint where the format matters. */
export const FIELD_LABELS: Record<ImportField, string> = {
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  kind: 'Kind (person or business)',
  company: 'Company',
  email: 'E-mail',
  phone: 'Phone',
  address: 'Address',
  website: 'Website',
  status: 'Status',
  owner: 'Owner (a user’s e-mail)',
  tags: 'Tags',
  sells: 'What they sell',
  sellsTags: 'What they sell: tags',
  notes: 'Notes',
  since: 'Client since (YYYY-MM-DD)',
};

/** A row problem's field as a word: `email` → "E-mail"; '' is the row as a whole. */
export function fieldName(field: string): string {
  if (!field) return 'Row';
  return (FIELD_LABELS as Record<string, string>)[field]?.replace(/ \(.*\)$/, '') ?? field;
}

/** A CSV that imports as it is: the headers Rapport recognises, and one example client. */
export const TEMPLATE_CSV = [
  'Name,E-mail,Phone,Company,Status,Tags,Client since,Owner,Notes',
  'Dana Price,dana@example.com,+1 555 0100,Price Studio,active,vip; referral,2023-04-01,,Prefers calls after 10am',
].join('\r\n');
