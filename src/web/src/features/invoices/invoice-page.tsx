import { useQuery } from '@tanstack/react-query';
import { ArrowLeft, Ban, Banknote, FileX, Printer } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { invoicesApi } from '../../api/billing.ts';
import { ApiError } from '../../api/client.ts';
import { clientsApi } from '../../api/clients.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useSession } from '../auth/session.tsx';
import { billingKeys } from '../billing/billing-keys.ts';
import { invoiceLabel } from '../billing/labels.ts';
import { InvoiceDocument } from './invoice-document.tsx';
import { RecordPaymentDialog } from './record-payment-dialog.tsx';
import { VoidInvoiceDialog } from './void-invoice-dialog.tsx';

/** One invoice, printable, with what can be done to it: record a payment, void it (owner). */
export function InvoicePage({ id }: { id: string }) {
  const { user, workspace } = useSession();
  const [paying, setPaying] = useState(false);
  const [voiding, setVoiding] = useState(false);
  const invoice = useQuery({ queryKey: billingKeys.invoice(id), queryFn: () => invoicesApi.get(id) });
  const clientId = invoice.data?.clientId;
  // For the "Bill to" address; the invoice itself needs nothing more.
  const client = useQuery({
    queryKey: ['client', clientId],
    queryFn: () => clientsApi.get(clientId ?? ''),
    enabled: Boolean(clientId),
  });

  if (invoice.isPending) {
    return (
      <div className="page page-narrow">
        <Skeleton lines={10} label="Loading invoice" />
      </div>
    );
  }
  if (invoice.isError) {
    const missing = invoice.error instanceof ApiError && invoice.error.status === 404;
    return (
      <div className="page page-narrow">
        {missing ? (
          <EmptyState
            icon={FileX}
            title="Invoice not found"
            action={<Link href="/billing">Back to billing</Link>}
          >
            The link may be old, or the invoice is not one you can see.
          </EmptyState>
        ) : (
          <ErrorBanner error={invoice.error} />
        )}
      </div>
    );
  }
  const data = invoice.data;
  const canPay = user.role !== 'stand_in' && data.status !== 'void' && data.outstandingMinor > 0;
  const canVoid = user.role === 'owner' && data.status !== 'void';
  return (
    <div className="page page-narrow invoice-page">
      <div className="invoice-toolbar no-print">
        <Link href="/billing" className="back-link">
          <ArrowLeft size={15} aria-hidden="true" /> Billing
        </Link>
        <div className="page-actions">
          <button type="button" className="btn" onClick={() => window.print()}>
            <Printer size={15} aria-hidden="true" /> Print
          </button>
          {canVoid && (
            <button type="button" className="btn btn-danger-text" onClick={() => setVoiding(true)}>
              <Ban size={15} aria-hidden="true" /> Void
            </button>
          )}
          {canPay && (
            <button type="button" className="btn btn-primary" onClick={() => setPaying(true)}>
              <Banknote size={15} aria-hidden="true" /> Record payment
            </button>
          )}
        </div>
      </div>
      {data.status === 'void' && (
        <div className="banner banner-warning no-print">
          <Ban size={16} aria-hidden="true" />
          <p>
            Voided {data.voidedAt ? formatDateTime(data.voidedAt, workspace.timezone) : ''}
            {data.voidReason ? ` — ${data.voidReason}` : ''}.{' '}
            {data.replacedBy && (
              <Link href={`/invoices/${data.replacedBy.id}`}>
                Replaced by invoice {invoiceLabel(data.replacedBy.number)}
              </Link>
            )}
          </p>
        </div>
      )}
      <InvoiceDocument invoice={data} client={client.data} workspaceName={workspace.name} />
      <p className="invoice-links no-print">
        <Link href={`/clients/${data.clientId}`}>Open {data.clientName}’s page</Link>
        {data.replacesInvoiceId && (
          <>
            {' · '}
            <Link href={`/invoices/${data.replacesInvoiceId}`}>The invoice this one replaces</Link>
          </>
        )}
      </p>
      <RecordPaymentDialog
        open={paying}
        onClose={() => setPaying(false)}
        target={{
          clientId: data.clientId,
          clientName: data.clientName,
          currency: data.currency,
          suggestedMinor: data.outstandingMinor,
          invoice: { id: data.id, number: data.number },
        }}
      />
      {canVoid && <VoidInvoiceDialog invoice={data} open={voiding} onClose={() => setVoiding(false)} />}
    </div>
  );
}
