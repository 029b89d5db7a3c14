import { Link } from 'wouter';
import type { Invoice } from '../../api/billing-types.ts';
import { formatCalendarDate, formatMoney, formatPeriod } from '../../lib/format.ts';
import { InvoiceStatusBadge } from '../invoices/invoice-status-badge.tsx';
import { invoiceLabel } from './labels.ts';

/** Invoices as rows: number (the link), client, period, dates, amounts and where each stands. */
export function InvoiceTable({ invoices, showClient = true }: { invoices: Invoice[]; showClient?: boolean }) {
  return (
    <div className="table-wrap">
      <table className="table invoice-table">
        <thead>
          <tr>
            <th scope="col">Number</th>
            {showClient && (
              <th scope="col" className="col-client">
                Client
              </th>
            )}
            <th scope="col" className="col-wide">
              Period
            </th>
            <th scope="col" className="col-wide">
              Issued
            </th>
            <th scope="col" className="col-due">
              Due
            </th>
            <th scope="col" className="num">
              Total
            </th>
            <th scope="col" className="num col-wide">
              Paid
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr
              key={invoice.id}
              data-testid="invoice-row"
              className={`${invoice.isOverdue ? 'row-overdue' : ''}${invoice.status === 'void' ? ' row-muted' : ''}`}
            >
              <td>
                <Link href={`/invoices/${invoice.id}`} className="cell-strong tabular">
                  {invoiceLabel(invoice.number)}
                </Link>
                {showClient && <span className="invoice-cell-client">{invoice.clientName}</span>}
              </td>
              {showClient && (
                <td className="col-client">
                  <Link href={`/clients/${invoice.clientId}`} className="row-link">
                    {invoice.clientName}
                  </Link>
                </td>
              )}
              <td className="col-wide nowrap">{formatPeriod(invoice.periodStart, invoice.periodEnd)}</td>
              <td className="col-wide nowrap">{formatCalendarDate(invoice.issuedOn)}</td>
              <td className="nowrap col-due">{formatCalendarDate(invoice.dueOn)}</td>
              <td className="num tabular">{formatMoney(invoice.totalMinor, invoice.currency)}</td>
              <td className="num tabular col-wide">{formatMoney(invoice.paidMinor, invoice.currency)}</td>
              <td>
                <InvoiceStatusBadge invoice={invoice} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
