import { Check, Copy, TriangleAlert } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { CreatedToken } from '../../api/admin.ts';

/**
 * The new token's secret, shown this once: the server keeps only a hash. Focus moves here
 * so a keyboard or screen-reader user lands on it straight away.
 */
export function CreatedTokenNotice({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    box.current?.focus();
    box.current?.select();
  }, []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied('yes');
    } catch {
      // No clipboard (an insecure origin, a denied permission): the text is selected to copy by hand.
      box.current?.select();
      setCopied('failed');
    }
  };
  return (
    <section className="token-secret" aria-labelledby="token-secret-heading">
      <p className="token-secret-title" id="token-secret-heading">
        <TriangleAlert size={16} aria-hidden="true" />
        Copy “{token.name}” now. It will not be shown again.
      </p>
      <div className="input-group">
        <label htmlFor="token-secret-value" className="visually-hidden">
          Your new API token
        </label>
        <input
          id="token-secret-value"
          ref={box}
          className="mono"
          readOnly
          value={token.token}
          onFocus={(event) => event.target.select()}
          spellCheck={false}
        />
        <button type="button" className="btn btn-primary" onClick={() => void copy()}>
          {copied === 'yes' ? <Check size={16} aria-hidden="true" /> : <Copy size={16} aria-hidden="true" />}
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p className="field-hint" aria-live="polite">
        {copied === 'failed'
          ? 'This browser would not copy it; the token is selected, so press Ctrl+C (⌘C on a Mac).'
          : 'Store it like a password, in your script’s secret settings.'}
      </p>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onDone}>
          I have copied it
        </button>
      </div>
    </section>
  );
}
