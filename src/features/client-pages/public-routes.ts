import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { RouteDeps } from '../../http/types.ts';
import { hashToken } from '../auth/secret-tokens.ts';
import { findClientPage } from './find-client-page.ts';
import { clientPagePath } from './issue-links.ts';
import { CLIENT_PAGE_CSP, messagePage, notFoundPage } from './page-shell.ts';
import { MAX_MESSAGE_CHARS, renderClientPage, renderSentPage } from './render-client-page.ts';
import { sendClientInput } from './send-client-input.ts';

/** A form with a 2,000-character message fits easily; anything bigger is refused unread. */
const FORM_BODY_LIMIT = 16 * 1024;

// Per address and link: enough for a client who reloads, not for a script.
const perLink = (request: FastifyRequest) =>
  `${request.ip}|${hashToken(String((request.params as { token?: unknown }).token ?? ''))}`;
const VIEW_LIMIT = { max: 30, timeWindow: '1 minute', keyGenerator: perLink };
const POST_LIMIT = { max: 5, timeWindow: '10 minutes', keyGenerator: perLink };

const tokenParams = z.object({ token: z.string().max(200) });
const tags = ['client pages'];

/**
 * The client's private page, outside the API: server-rendered HTML that works without
 * JavaScript, behind nothing but the link's token. Every failure is a plain HTML page;
 * a bad token is the same "no longer valid" page whatever made it bad.
 */
export function publicClientPageRoutes(app: FastifyInstance, { database, now }: RouteDeps): void {
  const { db } = database;
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    scope.setErrorHandler(htmlErrors);
    // After the app-wide headers, so these win: nothing leaks through the referrer, no
    // index lists the page, no cache keeps it.
    scope.addHook('onSend', async (_request, reply) => {
      reply.header('referrer-policy', 'no-referrer');
      reply.header('x-robots-tag', 'noindex, nofollow');
      reply.header('cache-control', 'no-store');
      if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
        reply.header('content-security-policy', CLIENT_PAGE_CSP);
      }
    });

    scope.get(
      '/c/:token',
      {
        schema: { tags, summary: 'A client’s private page (HTML, no login)', params: tokenParams },
        config: { rateLimit: VIEW_LIMIT },
      },
      async (request, reply) => {
        const { token } = request.params as { token: string };
        const page = await findClientPage(db, token, now(), { touch: true });
        if (!page) return sendHtml(reply, 404, notFoundPage());
        return sendHtml(reply, 200, renderClientPage(page, `${clientPagePath(token)}/input`));
      },
    );

    scope.get(
      '/c/:token/sent',
      {
        schema: { tags, summary: 'Confirmation after a client sends input (HTML)', params: tokenParams },
        config: { rateLimit: VIEW_LIMIT },
      },
      async (request, reply) => {
        const { token } = request.params as { token: string };
        const page = await findClientPage(db, token, now(), { touch: false });
        if (!page) return sendHtml(reply, 404, notFoundPage());
        const wantsCall = (request.query as { call?: string }).call === '1';
        return sendHtml(reply, 200, renderSentPage(page, clientPagePath(token), wantsCall));
      },
    );

    scope.post(
      '/c/:token/input',
      {
        schema: {
          tags,
          summary: 'A client sends input or asks for a call (form post; redirects to the confirmation)',
          params: tokenParams,
        },
        config: { rateLimit: POST_LIMIT },
        bodyLimit: FORM_BODY_LIMIT,
      },
      async (request, reply) => {
        const { token } = request.params as { token: string };
        const page = await findClientPage(db, token, now(), { touch: false });
        if (!page) return sendHtml(reply, 404, notFoundPage());
        const form = readForm(request.body);
        const formPath = `${clientPagePath(token)}/input`;
        const refusal = checkForm(form);
        if (refusal) {
          return sendHtml(
            reply,
            refusal.status,
            renderClientPage(page, formPath, { ...form, error: refusal.error }),
          );
        }
        await sendClientInput(db, page, form, now());
        return reply.redirect(`${clientPagePath(token)}/sent${form.wantsCall ? '?call=1' : ''}`, 303);
      },
    );

    // Anything else under /c/ is a link that does not work, not the web app.
    scope.get('/c/*', { schema: { hide: true } }, async (_request, reply) =>
      sendHtml(reply, 404, notFoundPage()),
    );
  });
}

interface ClientForm {
  message: string;
  wantsCall: boolean;
}

function readForm(body: unknown): ClientForm {
  const fields = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const message = typeof fields.message === 'string' ? fields.message.replace(/\r\n/g, '\n').trim() : '';
  const call = fields.wantsCall;
  const wantsCall = call === true || (typeof call === 'string' && ['yes', 'on', 'true', '1'].includes(call));
  return { message, wantsCall };
}

function checkForm(form: ClientForm): { status: number; error: string } | null {
  if ([...form.message].length > MAX_MESSAGE_CHARS) {
    return {
      status: 413,
      error: `Your message is longer than ${MAX_MESSAGE_CHARS.toLocaleString('en-GB')} characters; please shorten it.`,
    };
  }
  // PostgreSQL text cannot hold NUL, and no keyboard types one.
  if (form.message.includes('\u0000'))
    return { status: 400, error: 'Your message contains a character we cannot store.' };
  if (form.message === '' && !form.wantsCall) {
    return { status: 400, error: 'Write a message, or tick “Please call me”.' };
  }
  return null;
}

function sendHtml(reply: FastifyReply, status: number, body: string) {
  return reply.status(status).type('text/html; charset=utf-8').send(body);
}

function htmlErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.statusCode === 429) {
    return sendHtml(reply, 429, messagePage('Too many requests', 'Please wait a few minutes and try again.'));
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
    return sendHtml(reply, 413, messagePage('Message too long', 'Please go back and shorten your message.'));
  }
  if (error.validation || error.statusCode === 404) return sendHtml(reply, 404, notFoundPage());
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return sendHtml(
      reply,
      400,
      messagePage('Something is not right', 'Please go back and send the form again.'),
    );
  }
  request.log.error(error);
  if (process.env.RAPPORT_DEBUG_ERRORS) console.error(error);
  return sendHtml(
    reply,
    500,
    messagePage('Sorry', 'Something went wrong on our side. Please try again later.'),
  );
}
