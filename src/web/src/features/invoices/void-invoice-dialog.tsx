import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { invoicesApi } from '../../api/billing.ts';
import type { InvoiceDetail } from '../../api/billing-types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { useToast } from '../../components/toaster.tsx';
import { formatMoney } from '../../lib/format.ts';
import { refreshBilling } from '../billing/billing-keys.ts';
import { invoiceLabel } from '../billing/labels.ts';

/**
 * Voiding (owner): posted invoices are never edited, only voided — with a reason, kept on
 * the invoice, in the journal and the audit log. Payments on it must first move to the
 * client's credit; the period can be reissued now or by the next billing run.
 */
export function VoidInvoiceDialog({
  invoice,
  open,
  onClose,
}: {
  invoice: InvoiceDetail;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <Dialog
      title={`Void invoice ${invoiceLabel(invoice.number)}?`}
      description="A void invoice stays on record with its reason; nothing is deleted."
      open={open}
      onClose={onClose}
    >
      <VoidForm invoice={invoice} onDone={onClose} />
    </Dialog>
  );
}

function VoidForm({ invoice, onDone }: { invoice: InvoiceDetail; onDone: () => void }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [reason, setReason] = useState('');
  const [isReasonMissing, setReasonMissing] = useState(false);
  const [unallocate, setUnallocate] = useState(invoice.paidMinor > 0);
  const [reissue, setReissue] = useState(false);
  const change = useMutation({
    mutationFn: () => invoicesApi.void(invoice.id, { reason: reason.trim(), unallocate, reissue }),
    onSuccess: async (result) => {
      toast(
        result.replacement
          ? `Invoice ${invoiceLabel(invoice.number)} void — replaced by ${invoiceLabel(result.replacement.number)}`
          : `Invoice ${invoiceLabel(invoice.number)} void`,
      );
      onDone();
      await refreshBilling(queryClient);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      change.reset();
      setReasonMissing(true);
      return;
    }
    if (!change.isPending) change.mutate();
  };
  return (
    <form className="form-stack" onSubmit={submit} noValidate>
      <ErrorBanner error={change.error} fields={['reason']} />
      <Field
        label="Reason"
        error={
          isReasonMissing ? 'Say why it is void; the client may ask' : fieldError(change.error, 'reason')
        }
      >
        <textarea
          rows={2}
          value={reason}
          maxLength={500}
          placeholder="Billed at the old price by mistake"
          onChange={(event) => {
            setReason(event.target.value);
            setReasonMissing(false);
          }}
        />
      </Field>
      {invoice.paidMinor > 0 && (
        <label className="check">
          <input
            type="checkbox"
            checked={unallocate}
            onChange={(event) => setUnallocate(event.target.checked)}
          />
          Move the {formatMoney(invoice.paidMinor, invoice.currency)} paid on it to the client’s credit
        </label>
      )}
      <label className="check">
        <input type="checkbox" checked={reissue} onChange={(event) => setReissue(event.target.checked)} />
        Issue a replacement for the same period now
      </label>
      <div className="form-actions">
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          Keep invoice
        </button>
        <button type="submit" className="btn btn-danger" disabled={change.isPending}>
          {change.isPending ? 'Voiding…' : 'Void invoice'}
        </button>
      </div>
    </form>
  );
}
