import type { Role, WorkspaceUser } from '../../api/types.ts';
import { Avatar } from '../../components/avatar.tsx';
import { ROLE_INFO, ROLE_OPTIONS } from './roles.ts';

interface UserRowProps {
  user: WorkspaceUser;
  isMe: boolean;
  canEdit: boolean;
  busy: boolean;
  onRole: (role: Role) => void;
  onDeactivate: () => void;
  onReactivate: () => void;
}

/** One person: who, their role (a picker for the owner), whether they can sign in. */
export function UserRow({ user, isMe, canEdit, busy, onRole, onDeactivate, onReactivate }: UserRowProps) {
  // Owners do not demote or lock out themselves here: another owner does that.
  const editable = canEdit && !isMe && !user.disabled;
  return (
    <tr className={user.disabled ? 'row-muted' : undefined}>
      <td>
        <div className="person">
          <Avatar name={user.name} size={32} />
          <div className="person-text">
            <span className="person-name">
              {user.name}
              {isMe && <span className="badge badge-neutral">You</span>}
            </span>
            <span className="person-meta">{user.email}</span>
          </div>
        </div>
      </td>
      <td>
        {editable ? (
          <select
            className="select-compact"
            aria-label={`Role of ${user.name}`}
            value={user.role}
            disabled={busy}
            onChange={(event) => onRole(event.target.value as Role)}
          >
            {ROLE_OPTIONS.map(([role, info]) => (
              <option key={role} value={role}>
                {info.label}
              </option>
            ))}
          </select>
        ) : (
          ROLE_INFO[user.role].label
        )}
      </td>
      <td>
        {user.disabled ? (
          <span className="badge badge-neutral">Deactivated</span>
        ) : (
          <span className="badge badge-success">Active</span>
        )}
      </td>
      {canEdit && (
        <td className="cell-actions">
          {isMe ? null : user.disabled ? (
            <button type="button" className="btn btn-small" onClick={onReactivate} disabled={busy}>
              Reactivate
            </button>
          ) : (
            <button
              type="button"
              className="btn btn-small btn-ghost btn-danger-text"
              onClick={onDeactivate}
              disabled={busy}
              aria-label={`Deactivate ${user.name}`}
            >
              Deactivate
            </button>
          )}
        </td>
      )}
    </tr>
  );
}
