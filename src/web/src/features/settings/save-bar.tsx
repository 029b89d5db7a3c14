/** The footer of a settings card: what is unsaved, and the buttons to keep or drop it. */
export function SaveBar({
  dirty,
  pending,
  onReset,
}: {
  dirty: boolean;
  pending: boolean;
  onReset: () => void;
}) {
  return (
    <div className="settings-card-footer">
      <span className="muted" aria-live="polite">
        {dirty ? 'You have unsaved changes.' : ''}
      </span>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onReset} disabled={!dirty || pending}>
          Discard
        </button>
        <button type="submit" className="btn btn-primary" disabled={!dirty || pending}>
          {pending ? 'Saving…' : 'Save changes'}
        </button>
      </div>
    </div>
  );
}
