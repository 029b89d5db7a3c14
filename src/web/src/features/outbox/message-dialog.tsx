import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { AlertTriangle, Copy, Download } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { outboxApi } from '../../api/outbox.ts';
import type { OutboxAction, OutboxMessage } from '../../api/outbox-types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useToast } from '../../components/toaster.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';
import { copyText } from './copy-text.ts';
import { STATUS_LABELS, STATUS_TONES, sourceLabel } from './labels.ts';
import { outboxKeys, refreshOutbox } from './outbox-keys.ts';
import { StatusLine } from './outbox-table.tsx';

/**
 * One message to read and copy: the address, subject and body each copy on their own, to
 * paste into the team's own mail; its files download to attach. Then mark it sent, or
 * retry a failed one, or cancel it.
 */
export function MessageDialog({
  id,
  mailConfigured,
  onClose,
}: {
  id: string | null;
  mailConfigured: boolean;
  onClose: () => void;
}) {
  const message = useQuery({
    queryKey: outboxKeys.message(id ?? ''),
    queryFn: ({ signal }) => outboxApi.get(id ?? '', signal),
    enabled: id !== null,
  });
  return (
    <Dialog title={message.data?.subject ?? 'Message'} open={id !== null} onClose={onClose} wide>
      <ErrorBanner error={message.error} />
      {message.isPending && !message.isError && <Skeleton lines={6} label="Loading the message" />}
      {message.data && (
        <MessageBody message={message.data} mailConfigured={mailConfigured} onDone={onClose} />
      )}
    </Dialog>
  );
}

/** What the body of the dialog and its actions both take. */
interface MessageProps {
  message: OutboxMessage;
  mailConfigured: boolean;
  /** Closes the dialog once an action has been taken. */
  onDone: () => void;
}

function MessageBody({ message, mailConfigured, onDone }: MessageProps) {
  const timeZone = useTimeZone();
  const toast = useToast();
  const to = message.toName ? `${message.toName} <${message.toAddress}>` : message.toAddress;
  const copy = async (what: string, text: string) => {
    toast(
      (await copyText(text))
        ? `${what} copied`
        : `Could not copy the ${what.toLowerCase()}; select it instead`,
    );
  };
  return (
    <div className="outbox-message">
      <p className="outbox-message-status">
        <span className={`badge ${STATUS_TONES[message.status]}`}>{STATUS_LABELS[message.status]}</span>
        <StatusLine item={message} mailConfigured={mailConfigured} timeZone={timeZone} />
      </p>
      {message.status === 'failed' && (
        <div className="banner banner-error" role="alert">
          <AlertTriangle size={18} aria-hidden="true" />
          <p>
            <strong>Not sent after {message.attempts} tries.</strong> The mail server said:{' '}
            {message.lastError}
          </p>
        </div>
      )}
      <dl className="outbox-fields">
        <CopyField label="To" value={to} onCopy={() => copy('Address', message.toAddress)} />
        <CopyField label="Subject" value={message.subject} onCopy={() => copy('Subject', message.subject)} />
        {message.clientId && (
          <div>
            <dt>Client</dt>
            <dd>
              <Link href={`/clients/${message.clientId}`}>{message.clientName ?? 'Open the client'}</Link>
            </dd>
          </div>
        )}
        <div>
          <dt>About</dt>
          <dd>{sourceLabel(message.sourceKind)}</dd>
        </div>
        <div>
          <dt>Queued</dt>
          <dd>
            {formatDateTime(message.createdAt, timeZone)}
            {message.createdBy ? ` by ${message.createdBy.name}` : ''}
          </dd>
        </div>
        {message.sentAt && (
          <div>
            <dt>Sent</dt>
            <dd>
              {formatDateTime(message.sentAt, timeZone)}
              {message.sentByHandUser ? ` by hand, by ${message.sentByHandUser.name}` : ' by the mail server'}
            </dd>
          </div>
        )}
      </dl>
      <section className="outbox-body-section" aria-label="Message text">
        <header>
          <h3>Message</h3>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => copy('Message text', message.bodyText)}
          >
            <Copy size={14} aria-hidden="true" /> Copy text
          </button>
        </header>
        <pre className="outbox-body">{message.bodyText}</pre>
      </section>
      {message.attachments.length > 0 && (
        <section aria-label="Files">
          <h3 className="outbox-files-title">Files to attach</h3>
          <ul className="outbox-files">
            {message.attachments.map((file) => (
              <li key={file.index}>
                <a href={outboxApi.attachmentUrl(message.id, file.index)} download={file.filename}>
                  <Download size={14} aria-hidden="true" /> {file.filename}
                </a>
                <span className="muted"> {formatSize(file.size)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <MessageActions message={message} mailConfigured={mailConfigured} onDone={onDone} />
    </div>
  );
}

function CopyField({ label, value, onCopy }: { label: string; value: string; onCopy: () => void }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className="outbox-copy-field">
        <span>{value}</span>
        <button
          type="button"
          className="icon-button"
          onClick={onCopy}
          aria-label={`Copy ${label.toLowerCase()}`}
        >
          <Copy size={15} aria-hidden="true" />
        </button>
      </dd>
    </div>
  );
}

const DONE: Record<OutboxAction, string> = {
  retry: 'Queued to try again now',
  mark_sent: 'Marked sent',
  cancel: 'Message cancelled',
};

function MessageActions({ message, mailConfigured, onDone }: MessageProps) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [isConfirmingCancel, setConfirmingCancel] = useState(false);
  const act = useMutation({
    mutationFn: (action: OutboxAction) =>
      action === 'retry'
        ? outboxApi.retry(message.id)
        : action === 'mark_sent'
          ? outboxApi.markSent(message.id)
          : outboxApi.cancel(message.id),
    onSuccess: async (_, action) => {
      toast(DONE[action]);
      onDone();
      await refreshOutbox(queryClient);
    },
  });
  const can = (action: OutboxAction) => message.actions.includes(action);
  if (message.actions.length === 0) return null;
  if (isConfirmingCancel) {
    return (
      <div className="outbox-actions">
        <ErrorBanner error={act.error} />
        <p>Cancel this message? It will not be sent, and stays here as cancelled.</p>
        <div className="form-actions">
          <button type="button" className="btn btn-ghost" onClick={() => setConfirmingCancel(false)}>
            Keep it
          </button>
          <button
            type="button"
            className="btn btn-danger"
            disabled={act.isPending}
            onClick={() => act.mutate('cancel')}
          >
            Cancel message
          </button>
        </div>
      </div>
    );
  }
  // Without a mail server, sending by hand is the way out; with one, retrying is.
  const isHandFirst = !mailConfigured || !can('retry');
  return (
    <div className="outbox-actions">
      <ErrorBanner error={act.error} />
      <div className="form-actions">
        {can('cancel') && (
          <button
            type="button"
            className="btn btn-ghost btn-danger-text"
            onClick={() => setConfirmingCancel(true)}
          >
            Cancel message
          </button>
        )}
        {can('retry') && (
          <button
            type="button"
            className={`btn${isHandFirst ? '' : ' btn-primary'}`}
            disabled={act.isPending}
            onClick={() => act.mutate('retry')}
          >
            Retry now
          </button>
        )}
        {can('mark_sent') && (
          <button
            type="button"
            className={`btn${isHandFirst ? ' btn-primary' : ''}`}
            disabled={act.isPending}
            onClick={() => act.mutate('mark_sent')}
          >
            I sent it: mark sent
          </button>
        )}
      </div>
    </div>
  );
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}
