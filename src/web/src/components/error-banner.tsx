import { AlertCircle } from 'lucide-react';
import { ApiError, messageOf } from '../api/client.ts';

/**
 * The error of a failed request, announced to screen readers. Field problems that a form
 * shows beside its inputs are listed here too when the form has no such field.
 */
export function ErrorBanner({ error, fields = [] }: { error: unknown; fields?: string[] }) {
  if (!error) return null;
  const stray =
    error instanceof ApiError
      ? error.details.filter((detail) => !fields.some((field) => detail.path.split('.')[0] === field))
      : [];
  return (
    <div className="banner banner-error" role="alert">
      <AlertCircle aria-hidden="true" size={18} />
      <div>
        <p>{messageOf(error)}</p>
        {stray.length > 0 && (
          <ul>
            {stray.slice(0, 10).map((detail) => (
              <li key={`${detail.path}:${detail.message}`}>
                {detail.path ? <strong>{detail.path}: </strong> : null}
                {detail.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** The message for one field from a failed request, if it is about that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldError(field) : undefined;
}
