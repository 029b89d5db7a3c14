/** Step 6: a tangible thank-you per client, tracked to done. (being built) */
export function ThanksTab({ disruptionId }: { disruptionId: string }) {
  return (
    <p className="muted" data-disruption={disruptionId}>
      Coming soon.
    </p>
  );
}
