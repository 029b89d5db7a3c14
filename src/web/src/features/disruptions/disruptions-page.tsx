/** `/disruptions` — every disruption, active first, and declaring a new one. (being built) */
export function DisruptionsPage() {
  return <div className="page">Disruptions</div>;
}
