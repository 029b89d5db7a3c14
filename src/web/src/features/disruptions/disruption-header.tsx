/** The disruption's title, status, client-facing message and promise, with its actions. (being built) */
export function DisruptionHeader({ disruptionId }: { disruptionId: string }) {
  return <h1 data-disruption={disruptionId}>Disruption</h1>;
}
