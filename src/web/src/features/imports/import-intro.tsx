import { FileSpreadsheet } from 'lucide-react';
import { TEMPLATE_CSV } from './field-labels.ts';

const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE_CSV)}`;

/** What a good file looks like, before anyone has to guess. */
export function ImportIntro() {
  return (
    <div className="import-intro">
      <ul className="import-rules">
        <li>
          The first row names the columns. <strong>Name</strong> is the only one you need (or First and Last
          name); Rapport recognises E-mail, Phone, Company, Status, Tags, Client since and more, and you can
          adjust the matching.
        </li>
        <li>Dates as 2024-03-31. Several tags in one cell, separated by “;”.</li>
        <li>
          <strong>All or nothing:</strong> if any row has a problem, nothing is imported until you fix it, or
          choose to skip those rows.
        </li>
      </ul>
      <a className="btn btn-small" href={TEMPLATE_HREF} download="rapport-clients-template.csv">
        <FileSpreadsheet size={15} aria-hidden="true" /> Download a template
      </a>
    </div>
  );
}
