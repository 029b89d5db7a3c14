import { useState } from 'react';
import { formatDateTime } from '../../lib/format.ts';
import { diffRecords, formatJsonValue } from './audit-diff.ts';
import { fieldLabel } from './audit-labels.ts';

/**
 * The fields of a change, before and after. Values are shown as text (React escapes it),
 * so whatever a client's notes hold is never run as markup.
 */
export function AuditChanges({
  before,
  after,
  timeZone,
}: {
  before: unknown;
  after: unknown;
  timeZone: string;
}) {
  const [showUnchanged, setShowUnchanged] = useState(false);
  const changes = diffRecords(before, after);
  const created = before === null || before === undefined;
  const removed = !created && (after === null || after === undefined);
  const oneSided = created || removed;
  const unchanged = oneSided ? 0 : changes.filter((change) => !change.changed).length;
  const visible = oneSided || showUnchanged ? changes : changes.filter((change) => change.changed);
  return (
    <>
      {visible.length === 0 ? (
        <p className="muted">No field changed.</p>
      ) : (
        <table className="diff-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              {oneSided ? (
                <th scope="col">{created ? 'Value' : 'Last value'}</th>
              ) : (
                <>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {visible.map((change) => (
              <tr key={change.path} className={change.changed || oneSided ? undefined : 'diff-same'}>
                <th scope="row">{fieldLabel(change.path)}</th>
                {oneSided ? (
                  <ValueCell value={created ? change.after : change.before} timeZone={timeZone} />
                ) : (
                  <>
                    <ValueCell
                      value={change.before}
                      tone={change.changed ? 'before' : undefined}
                      timeZone={timeZone}
                    />
                    <ValueCell
                      value={change.after}
                      tone={change.changed ? 'after' : undefined}
                      timeZone={timeZone}
                    />
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unchanged > 0 && (
        <button type="button" className="btn btn-small btn-ghost" onClick={() => setShowUnchanged((v) => !v)}>
          {showUnchanged
            ? 'Hide unchanged fields'
            : `Show ${unchanged} unchanged field${unchanged === 1 ? '' : 's'}`}
        </button>
      )}
    </>
  );
}

// Instants are stored as ISO strings ("2026-11-24T09:56:25.439Z"); people read them in the workspace zone.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function ValueCell({
  value,
  tone,
  timeZone,
}: {
  value: unknown;
  tone?: 'before' | 'after' | undefined;
  timeZone: string;
}) {
  const empty = value === null || value === undefined || value === '';
  const isInstant = typeof value === 'string' && INSTANT.test(value);
  return (
    <td className={tone ? `diff-${tone}` : undefined}>
      {empty ? (
        <span className="diff-empty">empty</span>
      ) : isInstant ? (
        <time className="diff-value" dateTime={value} title={value}>
          {formatDateTime(value, timeZone)}
        </time>
      ) : (
        <pre className="diff-value">{formatJsonValue(value)}</pre>
      )}
    </td>
  );
}
