/** Step 5: the plan's steps, meetings with invites, and the clients' input. (being built) */
export function PlanTab({ disruptionId }: { disruptionId: string }) {
  return (
    <p className="muted" data-disruption={disruptionId}>
      Coming soon.
    </p>
  );
}
