/** Step 3: stand-ins per client, their reports, the owner's review and digest. (being built) */
export function OversightTab({ disruptionId }: { disruptionId: string }) {
  return (
    <p className="muted" data-disruption={disruptionId}>
      Coming soon.
    </p>
  );
}
