import type { App } from './types.ts';

// The SPA loads only its own bundle; inline styles are React's style attributes.
const APP_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/**
 * Headers every response carries. The API accepts JSON only: with no text/plain parser,
 * a cross-site form cannot post to it even if a browser sent the cookie along.
 */
export function installSecurityHeaders(app: App): void {
  app.removeContentTypeParser('text/plain');
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    const isHtml = String(reply.getHeader('content-type') ?? '').startsWith('text/html');
    if (isHtml && !request.url.startsWith('/api/docs')) reply.header('content-security-policy', APP_CSP);
  });
}
