import type { ClientDetail } from '../../api/types.ts';

/** Contact details and notes; every value is rendered as text, never as markup. */
export function ClientDetailsCard({ client }: { client: ClientDetail }) {
  const rows: [string, React.ReactNode][] = [
    ['Kind', client.kind === 'business' ? 'Business' : 'Person'],
    ['E-mail', client.email],
    ['Phone', client.phone],
    ['Website', client.website && <WebsiteLink url={client.website} />],
    ['Address', client.address],
    ['Sells', client.sells],
  ];
  return (
    <section className="card" aria-labelledby="details-heading">
      <header className="card-header">
        <h2 id="details-heading">Details</h2>
      </header>
      <dl className="details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="pre-wrap">{value || <span className="muted">—</span>}</dd>
          </div>
        ))}
        {client.sellsTags.length > 0 && (
          <div>
            <dt>Trade tags</dt>
            <dd className="tags">
              {client.sellsTags.map((tag) => (
                <span key={tag} className="tag">
                  {tag}
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
      {client.notes && (
        <div className="card-body notes">
          <h3>Notes</h3>
          <p className="pre-wrap">{client.notes}</p>
        </div>
      )}
    </section>
  );
}

/** Only http(s) addresses become links, so a stored `javascript:` URL stays inert text. */
function WebsiteLink({ url }: { url: string }) {
  const href = /^https?:\/\//i.test(url)
    ? url
    : /^[\w.-]+\.[a-z]{2,}(\/.*)?$/i.test(url)
      ? `https://${url}`
      : null;
  if (!href) return <>{url}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {url}
    </a>
  );
}
