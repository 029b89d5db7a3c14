import type { TokenListItem } from '../../api/admin.ts';
import { formatDateTime, formatRelative } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';

/** One token: its name and visible prefix, its dates, and Revoke while it still works. */
export function TokenRow({ token, onRevoke }: { token: TokenListItem; onRevoke: () => void }) {
  const timeZone = useTimeZone();
  const usable = isUsable(token);
  const when = (iso: string | null, empty: string) =>
    iso ? (
      <time dateTime={iso} title={formatDateTime(iso, timeZone)}>
        {formatRelative(iso)}
      </time>
    ) : (
      <span className="muted">{empty}</span>
    );
  return (
    <tr className={usable ? undefined : 'row-muted'}>
      <td className="cell-strong">{token.name}</td>
      <td>
        <code className="token-prefix">{token.prefix}…</code>
      </td>
      <td className="tabular" data-label="Created">
        {when(token.createdAt, '—')}
      </td>
      <td className="tabular" data-label="Last used">
        {when(token.lastUsedAt, 'Never')}
      </td>
      <td className="tabular" data-label="Expires">
        {when(token.expiresAt, 'Never')}
      </td>
      <td className="cell-actions">
        {token.revokedAt ? (
          <span className="badge badge-neutral">Revoked</span>
        ) : !usable ? (
          <span className="badge badge-warning">Expired</span>
        ) : (
          <button
            type="button"
            className="btn btn-small btn-ghost btn-danger-text"
            onClick={onRevoke}
            aria-label={`Revoke ${token.name}`}
          >
            Revoke
          </button>
        )}
      </td>
    </tr>
  );
}

/** Neither revoked nor past its expiry. */
export function isUsable(token: TokenListItem, now = Date.now()): boolean {
  return !token.revokedAt && (!token.expiresAt || new Date(token.expiresAt).getTime() > now);
}
