import { Check, Copy, Printer } from 'lucide-react';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { formatCalendarDate } from '../../lib/format.ts';
import { useSession } from '../auth/session.tsx';

interface ConfirmationNoteProps {
  /** The plain confirmation from the server: what was agreed, with dates and amounts. */
  text: string;
  clientName: string;
  /** The day it was agreed, 'YYYY-MM-DD'. */
  agreedOn: string;
}

/**
 * What the client is handed once they say yes: the server's plain confirmation, to copy
 * into an e-mail or print as a short letter from the business.
 */
export function ConfirmationNote({ text, clientName, agreedOn }: ConfirmationNoteProps) {
  const { workspace } = useSession();
  const [copied, setCopied] = useState(false);
  const [printing, setPrinting] = useState(false);
  const letter = `Dear ${clientName},\n\nThank you for talking it through with us. As agreed on ${formatCalendarDate(agreedOn)}:\n\n${text}\n\n${workspace.name}`;

  useEffect(() => {
    if (!printing) return;
    document.body.classList.add('printing-sheet');
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    return () => {
      window.removeEventListener('afterprint', done);
      document.body.classList.remove('printing-sheet');
    };
  }, [printing]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(letter);
      setCopied(true);
      setTimeout(() => setCopied(false), 2500);
    } catch {
      setCopied(false); // no clipboard (an insecure page): the text stays selectable on screen
    }
  };

  return (
    <div className="confirmation" data-testid="confirmation">
      <p className="confirmation-label">What was agreed — for the client</p>
      <p className="confirmation-text">{text}</p>
      <div className="confirmation-actions">
        <button type="button" className="btn btn-small" onClick={() => void copy()}>
          {copied ? <Check size={14} aria-hidden="true" /> : <Copy size={14} aria-hidden="true" />}
          {copied ? 'Copied' : 'Copy for an e-mail'}
        </button>
        <button type="button" className="btn btn-small" onClick={() => setPrinting(true)}>
          <Printer size={14} aria-hidden="true" /> Print
        </button>
      </div>
      {printing &&
        createPortal(
          <article className="print-sheet">
            <p className="print-sheet-from">{workspace.name}</p>
            <p className="print-sheet-date">{formatCalendarDate(agreedOn)}</p>
            <p className="pre-wrap">{letter}</p>
          </article>,
          document.body,
        )}
    </div>
  );
}
