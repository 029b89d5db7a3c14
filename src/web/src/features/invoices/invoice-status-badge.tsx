import type { Invoice } from '../../api/billing-types.ts';
import { plural } from '../../lib/format.ts';
import { INVOICE_STATE_LABELS } from '../billing/labels.ts';

const TONES: Record<Invoice['status'], string> = {
  open: 'badge-open',
  partially_paid: 'badge-warning',
  paid: 'badge-success',
  void: 'badge-neutral',
};

/** Paid, open, partially paid or void; an overdue one says by how long, in red. */
export function InvoiceStatusBadge({
  invoice,
}: {
  invoice: Pick<Invoice, 'status' | 'isOverdue' | 'daysOverdue'>;
}) {
  return (
    <span className="invoice-status">
      <span className={`badge ${TONES[invoice.status]}`}>{INVOICE_STATE_LABELS[invoice.status]}</span>
      {invoice.isOverdue && (
        <span className="badge badge-danger" title="Past its due date with something still owed">
          {invoice.daysOverdue > 0 ? `${plural(invoice.daysOverdue, 'day')} overdue` : 'Overdue'}
        </span>
      )}
    </span>
  );
}
