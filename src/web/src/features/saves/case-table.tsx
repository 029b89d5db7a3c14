import { Link } from 'wouter';
import type { SaveCaseSummary } from '../../api/saves-types.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';
import { OFFER_LABELS, STATUS_LABELS, STATUS_TONES } from './labels.ts';

/** Save cases as rows: the client (the link to the call), why, how it ended, who took it, when. */
export function CaseTable({ cases }: { cases: SaveCaseSummary[] }) {
  const timeZone = useTimeZone();
  return (
    <div className="table-wrap">
      <table className="table case-table">
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Reason</th>
            <th scope="col">Status</th>
            <th scope="col" className="col-wide">
              Accepted
            </th>
            <th scope="col" className="col-wide">
              Taken by
            </th>
            <th scope="col" className="col-called">
              Called
            </th>
          </tr>
        </thead>
        <tbody>
          {cases.map((item) => (
            <tr key={item.id} data-testid="case-row">
              <td>
                <Link href={`/saves/${item.id}`} className="cell-strong">
                  {item.client.name}
                </Link>
                {item.causes.length > 0 && <span className="case-causes">{item.causes.join(' · ')}</span>}
                <span className="case-called-inline">{formatDateTime(item.calledAt, timeZone)}</span>
              </td>
              <td>{item.reason.label}</td>
              <td>
                <span className={`badge ${STATUS_TONES[item.status]}`}>{STATUS_LABELS[item.status]}</span>
              </td>
              <td className="col-wide">
                {item.acceptedKinds.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  item.acceptedKinds.map((kind) => OFFER_LABELS[kind]).join(', ')
                )}
              </td>
              <td className="col-wide">{item.takenBy.name}</td>
              <td className="nowrap col-called">{formatDateTime(item.calledAt, timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
