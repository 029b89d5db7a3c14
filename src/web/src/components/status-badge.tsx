import type { ClientStatus } from '../api/types.ts';

const LABELS: Record<ClientStatus, string> = {
  prospect: 'Prospect',
  active: 'Active',
  paused: 'Paused',
  cancelled: 'Cancelled',
};

export const STATUS_OPTIONS = Object.entries(LABELS) as [ClientStatus, string][];

export function StatusBadge({ status }: { status: ClientStatus }) {
  return <span className={`badge badge-${status}`}>{LABELS[status]}</span>;
}
