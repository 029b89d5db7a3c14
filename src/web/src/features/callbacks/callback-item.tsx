import { useState } from 'react';
import { Link } from 'wouter';
import type { Callback } from '../../api/types.ts';
import { ChannelIcon } from '../../components/channel-icon.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';
import { AnswerForm } from './answer-form.tsx';
import { DueLabel } from './due-label.tsx';

/** One callback: who asked, what for, when it is due; overdue ones are loud. Answer inline. */
export function CallbackItem({ callback, showClient = true }: { callback: Callback; showClient?: boolean }) {
  const timeZone = useTimeZone();
  const [answering, setAnswering] = useState(false);
  const isOpen = !callback.answeredAt;
  const overdue = isOpen && (callback.isOverdue || new Date(callback.dueAt).getTime() < Date.now());
  return (
    <li className={`callback${overdue ? ' callback-overdue' : ''}`} data-testid="callback">
      <div className="callback-row">
        <ChannelIcon channel={callback.request.channel} direction="inbound" />
        <div className="callback-main">
          {showClient && (
            <Link href={`/clients/${callback.clientId}`} className="callback-client">
              {callback.clientName}
            </Link>
          )}
          <p className="callback-summary">{callback.request.summary}</p>
          <p className="callback-meta">
            Asked {formatDateTime(callback.openedAt, timeZone)} · due{' '}
            {formatDateTime(callback.dueAt, timeZone)}
          </p>
        </div>
        <div className="callback-side">
          <DueLabel callback={callback} overdue={overdue} />
          {isOpen && !answering && (
            <button
              type="button"
              className={`btn btn-small${overdue ? ' btn-danger' : ''}`}
              onClick={() => setAnswering(true)}
            >
              Answer
            </button>
          )}
        </div>
      </div>
      {answering && <AnswerForm callback={callback} onDone={() => setAnswering(false)} />}
    </li>
  );
}
