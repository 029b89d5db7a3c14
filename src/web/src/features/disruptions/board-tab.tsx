/** The board: affected clients x six steps, with the coverage figures. (being built) */
export function BoardTab({ disruptionId }: { disruptionId: string }) {
  return (
    <p className="muted" data-disruption={disruptionId}>
      Coming soon.
    </p>
  );
}
