import type { WorkspaceUser } from '../../api/types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';

/** Deactivation signs the person out everywhere at once, so it is confirmed first. */
export function DeactivateUserDialog({
  user,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  user: WorkspaceUser | null;
  pending: boolean;
  error: unknown;
  onConfirm: (user: WorkspaceUser) => void;
  onClose: () => void;
}) {
  return (
    <Dialog title={user ? `Deactivate ${user.name}?` : 'Deactivate'} open={user !== null} onClose={onClose}>
      <p>
        They are signed out at once and can no longer sign in or use their API tokens. Their clients, tasks
        and history stay as they are. You can reactivate them later.
      </p>
      <ErrorBanner error={error} />
      <div className="form-actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="btn btn-danger"
          disabled={pending || !user}
          onClick={() => user && onConfirm(user)}
        >
          {pending ? 'Deactivating…' : 'Deactivate'}
        </button>
      </div>
    </Dialog>
  );
}
