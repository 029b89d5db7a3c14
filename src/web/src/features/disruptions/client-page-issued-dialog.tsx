import { Copy } from 'lucide-react';
import { useRef, useState } from 'react';
import type { IssuedLink } from '../../api/client-pages-types.ts';
import { Dialog } from '../../components/dialog.tsx';

/**
 * The new link, shown this once: only its hash is stored, so it cannot be shown again.
 * Copy puts it on the clipboard; the field is selected too, for copying by hand.
 */
export function IssuedLinkDialog({
  issued,
  clientName,
  onClose,
}: {
  issued: IssuedLink | null;
  clientName: string;
  onClose: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(issued?.url ?? '');
      setCopied(true);
    } catch {
      // No clipboard (plain http, permission): the text is selected for Ctrl+C instead.
      setCopied(false);
    }
  };
  return (
    <Dialog
      title={`Private page for ${clientName}`}
      open={issued !== null}
      onClose={() => {
        setCopied(false);
        onClose();
      }}
      description="Copy the link now and send it to the client: it will not be shown again."
    >
      {issued && (
        <div className="form-stack">
          <label className="cp-url">
            <span className="visually-hidden">Link</span>
            <input ref={input} readOnly value={issued.url} onFocus={(e) => e.target.select()} />
          </label>
          {issued.revokedLinkIds.length > 0 && (
            <p className="muted">
              {issued.revokedLinkIds.length === 1
                ? 'The older link was revoked.'
                : `${issued.revokedLinkIds.length} older links were revoked.`}
            </p>
          )}
          <p role="status" className="muted">
            {copied ? 'Copied to the clipboard.' : ''}
          </p>
          <div className="form-actions">
            <button type="button" className="btn" onClick={() => void copy()}>
              <Copy size={16} aria-hidden="true" /> Copy
            </button>
            <button type="button" className="btn btn-primary" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
