import { createHash } from 'node:crypto';
import { html, SafeHtml } from './html.ts';

// One small stylesheet, inline so the page is a single request and needs nothing else
// from the server; the CSP allows exactly this stylesheet (by hash) and no script at all.
const CSS = `
:root{color-scheme:light;--ink:#1f2a37;--muted:#5b6675;--line:#dfe3ea;--accent:#1d5fa8;--done:#1f7a4d;--bg:#f6f7f9}
*{box-sizing:border-box}
body{margin:0;font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header{background:#fff;border-bottom:1px solid var(--line);padding:14px 20px;font-weight:600}
main{max-width:40rem;margin:0 auto;padding:20px 16px 48px}
h1{font-size:1.6rem;line-height:1.25;margin:8px 0 16px}
h2{font-size:1.1rem;margin:0 0 8px}
section{background:#fff;border:1px solid var(--line);border-radius:12px;padding:16px 18px;margin:0 0 16px}
p{margin:0 0 10px}p:last-child{margin-bottom:0}
.muted{color:var(--muted);font-size:.95rem}
.date{font-size:1.25rem;font-weight:600;margin:0}
.steps{list-style:none;margin:12px 0 0;padding:0}
.steps li{display:flex;gap:10px;padding:8px 0;border-top:1px solid var(--line)}
.steps li:first-child{border-top:0}
.mark{flex:none;width:1.6em;height:1.6em;border-radius:50%;display:inline-flex;align-items:center;justify-content:center;font-size:.85rem;border:2px solid var(--line);color:var(--muted)}
.done .mark{background:var(--done);border-color:var(--done);color:#fff}
.in_progress .mark{border-color:var(--accent);color:var(--accent)}
.state{display:block;font-size:.85rem;color:var(--muted)}
.detail{display:block;font-size:.95rem;color:var(--muted)}
progress{width:100%;height:10px;accent-color:var(--done)}
.thanks{border-color:#b7dcc7;background:#f1faf4}
label{display:block;font-weight:600;margin:0 0 6px}
textarea{width:100%;min-height:8rem;font:inherit;padding:10px;border:1px solid #b9c1cc;border-radius:8px}
textarea:focus,input:focus,button:focus,a:focus{outline:3px solid #8bb8ea;outline-offset:2px}
.check{display:flex;gap:10px;align-items:center;font-weight:400;margin:12px 0}
.check input{width:1.3em;height:1.3em}
button{font:inherit;font-weight:600;background:var(--accent);color:#fff;border:0;border-radius:8px;padding:12px 20px;min-height:44px;cursor:pointer}
.error{color:#a12622;font-weight:600}
a{color:var(--accent)}
`;

// A constant of this file, not input: the one thing on the page not escaped.
const STYLESHEET = new SafeHtml(CSS);

/** Content-Security-Policy for these pages: no scripts, no external anything, this stylesheet only. */
export const CLIENT_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'`,
  "img-src 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/** A complete page around `body`; `title` and `heading` text are escaped like everything else. */
export function pageShell(options: { title: string; heading: string | null; body: SafeHtml }): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${options.title}</title>
<style>${STYLESHEET}</style>
</head>
<body>
${options.heading === null ? '' : html`<header>${options.heading}</header>`}
<main>
${options.body}
</main>
</body>
</html>`.value;
}

/** The one page for every link that does not work, whatever the reason. */
export function notFoundPage(): string {
  return pageShell({
    title: 'Link not valid',
    heading: null,
    body: html`<section><h1>This link is no longer valid</h1>
<p>If you were expecting to see an update here, please ask us for a new link.</p></section>`,
  });
}

export function messagePage(title: string, text: string): string {
  return pageShell({ title, heading: null, body: html`<section><h1>${title}</h1><p>${text}</p></section>` });
}
