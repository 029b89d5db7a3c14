import { Download, MessagesSquare, Users } from 'lucide-react';
import { exportUrls } from '../../api/imports.ts';

/** Everything out as CSV: clients (which import back as they are) and the interaction history. */
export function ExportSection() {
  return (
    <section className="card" aria-labelledby="export-heading">
      <header className="card-header">
        <div>
          <h2 id="export-heading">Export</h2>
          <p className="card-subtitle">Your data is yours: download it as CSV whenever you like.</p>
        </div>
      </header>
      <ul className="export-list">
        <li>
          <span className="export-icon" aria-hidden="true">
            <Users size={18} />
          </span>
          <div>
            <p className="cell-strong">Clients</p>
            <p className="muted">Every client, archived ones included, in columns this import reads back.</p>
          </div>
          <a className="btn" href={exportUrls.clients} download aria-label="Download clients CSV">
            <Download size={16} aria-hidden="true" /> Download CSV
          </a>
        </li>
        <li>
          <span className="export-icon" aria-hidden="true">
            <MessagesSquare size={18} />
          </span>
          <div>
            <p className="cell-strong">Interactions</p>
            <p className="muted">Every call, e-mail, meeting and note, oldest first.</p>
          </div>
          <a className="btn" href={exportUrls.interactions} download aria-label="Download interactions CSV">
            <Download size={16} aria-hidden="true" /> Download CSV
          </a>
        </li>
      </ul>
    </section>
  );
}
