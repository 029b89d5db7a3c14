/** Each client's private page: create, copy, revoke links. (being built) */
export function ClientPagesTab({ disruptionId }: { disruptionId: string }) {
  return (
    <p className="muted" data-disruption={disruptionId}>
      Coming soon.
    </p>
  );
}
