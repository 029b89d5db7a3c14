import { AlertCircle } from 'lucide-react';
import { ApiError, messageOf } from '../../api/client.ts';

const SHOWN = 10;

/**
 * A refused preview or import: the reason, then its details as the file's own terms
 * ("Line 7: email: …"); details about the file or the mapping as a whole need no prefix.
 */
export function ImportError({ error }: { error: unknown }) {
  if (!error) return null;
  const details = error instanceof ApiError ? error.details : [];
  return (
    <div className="banner banner-error" role="alert">
      <AlertCircle aria-hidden="true" size={18} />
      <div>
        <p>
          <strong>{messageOf(error)}</strong>
        </p>
        {details.length > 0 && (
          <ul>
            {details.slice(0, SHOWN).map((detail) => (
              <li key={`${detail.path}:${detail.message}`}>
                {detail.path.startsWith('line ') ? `Line ${detail.path.slice(5)}: ` : ''}
                {detail.message}
              </li>
            ))}
            {details.length > SHOWN && <li>…and {(details.length - SHOWN).toLocaleString()} more</li>}
          </ul>
        )}
      </div>
    </div>
  );
}
