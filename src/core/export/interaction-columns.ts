import { guardCell } from './formula-guard.ts';

export interface ExportedInteraction {
  id: string;
  occurredAt: Date;
  clientId: string;
  clientName: string;
  channel: string;
  direction: string;
  summary: string;
  body: string | null;
  userName: string | null;
  callbackDueAt: Date | null;
  callbackAnsweredAt: Date | null;
}

export const INTERACTION_CSV_HEADER = [
  'Occurred at',
  'Client',
  'Channel',
  'Direction',
  'Summary',
  'Body',
  'Logged by',
  'Callback due at',
  'Callback answered at',
  'Client id',
  'Id',
] as const;

/** One interaction as CSV cells; the callback it opened, if any, rides along. */
export function interactionCsvRow(row: ExportedInteraction): string[] {
  return [
    row.occurredAt.toISOString(),
    row.clientName,
    row.channel,
    row.direction,
    row.summary,
    row.body,
    row.userName,
    row.callbackDueAt?.toISOString() ?? null,
    row.callbackAnsweredAt?.toISOString() ?? null,
    row.clientId,
    row.id,
  ].map((cell) => guardCell(cell ?? ''));
}
