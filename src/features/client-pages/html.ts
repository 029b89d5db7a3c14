/**
 * HTML for the client's private page, built so that forgetting to escape is impossible:
 * every value interpolated into `html\`…\`` is escaped unless it is itself the result of
 * `html` (already safe). Only constants of the code (the stylesheet) are wrapped in
 * `SafeHtml` by hand; input never is.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (char) => ENTITIES[char] ?? char);
}

type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Plain text as paragraphs: blank lines split paragraphs, single newlines become line breaks. */
export function paragraphs(text: string): SafeHtml {
  const blocks = text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  return html`${blocks.map((block) => {
    const lines = block.split(/\r?\n/);
    return html`<p>${lines.map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`))}</p>`;
  })}`;
}
