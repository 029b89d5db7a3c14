import { guardCell } from './formula-guard.ts';

/** What an exported client row shows; the owner by e-mail, so the file means something elsewhere. */
export interface ExportedClient {
  id: string;
  kind: string;
  name: string;
  company: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  website: string | null;
  status: string;
  ownerEmail: string | null;
  tags: string[];
  sells: string | null;
  sellsTags: string[];
  notes: string | null;
  since: string;
  archivedAt: Date | null;
  createdAt: Date;
}

/**
 * The export's columns. Every header up to "Client since" is one the import recognises,
 * so an exported file imports again as it is; the last three are for reference only.
 */
export const CLIENT_CSV_HEADER = [
  'Name',
  'Kind',
  'Company',
  'Email',
  'Phone',
  'Address',
  'Website',
  'Status',
  'Owner',
  'Tags',
  'Sells',
  'Sells tags',
  'Notes',
  'Client since',
  'Archived at',
  'Created at',
  'Id',
] as const;

/** One client as CSV cells, every cell guarded against formula injection. */
export function clientCsvRow(client: ExportedClient): string[] {
  return [
    client.name,
    client.kind,
    client.company,
    client.email,
    client.phone,
    client.address,
    client.website,
    client.status,
    client.ownerEmail,
    client.tags.join('; '),
    client.sells,
    client.sellsTags.join('; '),
    client.notes,
    client.since,
    client.archivedAt?.toISOString() ?? null,
    client.createdAt.toISOString(),
    client.id,
  ].map((cell) => guardCell(cell ?? ''));
}
