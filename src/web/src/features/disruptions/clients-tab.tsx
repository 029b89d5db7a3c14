/** Affected clients: channel, outreach, next update due, who must be told the new promise. (being built) */
export function ClientsTab({ disruptionId }: { disruptionId: string }) {
  return (
    <p className="muted" data-disruption={disruptionId}>
      Coming soon.
    </p>
  );
}
