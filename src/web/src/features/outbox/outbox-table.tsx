import { Paperclip } from 'lucide-react';
import { DEFAULT_RETRY_POLICY } from '../../../../core/mail/retry-schedule.ts';
import type { OutboxItem } from '../../api/outbox-types.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';
import { STATUS_LABELS, STATUS_TONES, sourceLabel } from './labels.ts';

/** Messages as rows: who to, what about (opens the preview), where it stands, when queued. */
export function OutboxTable({
  items,
  mailConfigured,
  onOpen,
}: {
  items: OutboxItem[];
  mailConfigured: boolean;
  onOpen: (id: string) => void;
}) {
  const timeZone = useTimeZone();
  return (
    <div className="table-wrap">
      <table className="table outbox-table">
        <thead>
          <tr>
            <th scope="col">To</th>
            <th scope="col">Subject</th>
            <th scope="col">Status</th>
            <th scope="col" className="col-queued">
              Queued
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr
              key={item.id}
              data-testid="outbox-row"
              className={item.status === 'failed' ? 'row-failed' : undefined}
            >
              <td className="outbox-to">
                <span className="cell-strong">{item.toName ?? item.toAddress}</span>
                {item.toName && <span className="muted outbox-address">{item.toAddress}</span>}
              </td>
              <td className="outbox-subject">
                <button type="button" className="link-button" onClick={() => onOpen(item.id)}>
                  {item.subject}
                </button>
                <span className="muted outbox-source">
                  {sourceLabel(item.sourceKind)}
                  {item.attachmentCount > 0 && (
                    <span className="outbox-clip">
                      <Paperclip size={12} aria-hidden="true" />
                      {item.attachmentCount}
                      <span className="visually-hidden">
                        {' '}
                        {item.attachmentCount === 1 ? 'file' : 'files'}
                      </span>
                    </span>
                  )}
                </span>
              </td>
              <td>
                <span className={`badge ${STATUS_TONES[item.status]}`}>{STATUS_LABELS[item.status]}</span>
                <StatusLine item={item} mailConfigured={mailConfigured} timeZone={timeZone} />
              </td>
              <td className="nowrap col-queued">{formatDateTime(item.createdAt, timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One line under the badge: the error of a failed message, the next try, or who sent it. */
export function StatusLine({
  item,
  mailConfigured,
  timeZone,
}: {
  item: OutboxItem;
  mailConfigured: boolean;
  timeZone: string;
}) {
  const text = statusText(item, mailConfigured, timeZone);
  if (!text) return null;
  return <span className={`outbox-status-line${item.status === 'failed' ? ' is-failed' : ''}`}>{text}</span>;
}

function statusText(item: OutboxItem, mailConfigured: boolean, timeZone: string): string | null {
  switch (item.status) {
    case 'failed':
      return `${item.attempts} tries: ${item.lastError ?? 'no reason given'}`;
    case 'queued':
      if (item.attempts > 0 && item.nextAttemptAt) {
        return `Try ${item.attempts + 1} of ${DEFAULT_RETRY_POLICY.maxAttempts} at ${formatDateTime(item.nextAttemptAt, timeZone)} · ${item.lastError ?? ''}`;
      }
      return mailConfigured ? 'About to go' : 'Waiting for you to send it';
    case 'sent':
      return item.sentAt
        ? `${item.sentByHand ? 'By hand, ' : ''}${formatDateTime(item.sentAt, timeZone)}`
        : null;
    default:
      return null;
  }
}
