/** `/outbox` — every message, its delivery state, preview and copy, retry. (being built) */
export function OutboxPage() {
  return <div className="page">Outbox</div>;
}
