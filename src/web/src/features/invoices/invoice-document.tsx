import type { InvoiceDetail } from '../../api/billing-types.ts';
import type { ClientDetail } from '../../api/types.ts';
import { formatCalendarDate, formatMoney, formatPeriod } from '../../lib/format.ts';
import { invoiceLabel } from '../billing/labels.ts';
import { InvoiceStatusBadge } from './invoice-status-badge.tsx';
import { PAYMENT_METHOD_LABELS } from './payment-methods.ts';

/**
 * The invoice as paper: who from, who to, when, for which period, every line with its
 * reason, and where it stands. The same markup prints (see billing.css, `@media print`).
 */
export function InvoiceDocument({
  invoice,
  client,
  workspaceName,
}: {
  invoice: InvoiceDetail;
  client: ClientDetail | undefined;
  workspaceName: string;
}) {
  const money = (amountMinor: number) => formatMoney(amountMinor, invoice.currency);
  const isVoid = invoice.status === 'void';
  return (
    <article
      className={`invoice-paper${isVoid ? ' invoice-paper-void' : ''}`}
      aria-labelledby="invoice-title"
    >
      <header className="invoice-top">
        <div>
          <p className="invoice-from">{workspaceName}</p>
          <p className="muted">Invoice for services</p>
        </div>
        <div className="invoice-title">
          <h1 id="invoice-title">Invoice {invoiceLabel(invoice.number)}</h1>
          <InvoiceStatusBadge invoice={invoice} />
        </div>
      </header>

      <div className="invoice-meta">
        <section aria-labelledby="bill-to">
          <h2 id="bill-to" className="invoice-label">
            Bill to
          </h2>
          <p className="invoice-client">{invoice.clientName}</p>
          {client?.company && client.company !== invoice.clientName && <p>{client.company}</p>}
          {client?.address && <p className="pre-wrap">{client.address}</p>}
          {client?.email && <p className="muted">{client.email}</p>}
        </section>
        <dl className="invoice-facts">
          <div>
            <dt>Issued</dt>
            <dd>{formatCalendarDate(invoice.issuedOn)}</dd>
          </div>
          <div>
            <dt>Due</dt>
            <dd className={invoice.isOverdue ? 'fact-danger' : undefined}>
              {formatCalendarDate(invoice.dueOn)}
            </dd>
          </div>
          <div>
            <dt>Period</dt>
            <dd>{formatPeriod(invoice.periodStart, invoice.periodEnd)}</dd>
          </div>
        </dl>
      </div>

      <table className="invoice-lines">
        <thead>
          <tr>
            <th scope="col">Description</th>
            <th scope="col" className="num">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {invoice.lines.map((line) => (
            <tr key={line.lineNo} className={line.amountMinor < 0 ? 'invoice-line-less' : undefined}>
              <td>{line.description}</td>
              <td className="num tabular">{money(line.amountMinor)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="invoice-total">
            <th scope="row">Total</th>
            <td className="num tabular">{money(invoice.totalMinor)}</td>
          </tr>
          {!isVoid && (
            <>
              <tr>
                <th scope="row">Paid</th>
                <td className="num tabular">{money(invoice.paidMinor)}</td>
              </tr>
              <tr className="invoice-outstanding">
                <th scope="row">Outstanding</th>
                <td className="num tabular">{money(invoice.outstandingMinor)}</td>
              </tr>
            </>
          )}
        </tfoot>
      </table>

      {invoice.payments.length > 0 && (
        <section className="invoice-payments" aria-labelledby="payments-heading">
          <h2 id="payments-heading" className="invoice-label">
            Payments received
          </h2>
          <ul>
            {invoice.payments.map((payment) => (
              <li key={payment.paymentId}>
                <span>
                  {formatCalendarDate(payment.receivedOn)} · {PAYMENT_METHOD_LABELS[payment.method]}
                  {payment.reference && <span className="muted"> · {payment.reference}</span>}
                </span>
                <span className="tabular">{money(payment.allocatedMinor)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <footer className="invoice-foot">
        {isVoid
          ? `Void${invoice.voidReason ? `: ${invoice.voidReason}` : ''}. Nothing is owed on this invoice.`
          : invoice.outstandingMinor === 0
            ? 'Paid in full — thank you.'
            : `Please pay ${money(invoice.outstandingMinor)} by ${formatCalendarDate(invoice.dueOn)}. Thank you for working with us.`}
      </footer>
    </article>
  );
}
