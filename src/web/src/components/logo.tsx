/** The wordmark: two overlapping rings, for two parties in a relationship. */
export function Logo({ name = 'Rapport' }: { name?: string }) {
  return (
    <span className="logo">
      <svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true">
        <rect width="28" height="28" rx="8" fill="var(--accent)" />
        <circle cx="11" cy="14" r="5.5" fill="none" stroke="#fff" strokeWidth="2.2" />
        <circle cx="17" cy="14" r="5.5" fill="none" stroke="#fff" strokeOpacity="0.75" strokeWidth="2.2" />
      </svg>
      <span className="logo-name">{name}</span>
    </span>
  );
}
