/** Step 4: estimate + buffer = promise, its history, and re-promising. (being built) */
export function TimeFrameTab({ disruptionId }: { disruptionId: string }) {
  return (
    <p className="muted" data-disruption={disruptionId}>
      Coming soon.
    </p>
  );
}
