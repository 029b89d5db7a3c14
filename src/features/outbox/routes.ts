import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { idParams } from '../shared/fields.ts';
import { cancelMessage } from './cancel-message.ts';
import { getOutboxAttachment } from './get-outbox-attachment.ts';
import { getOutboxMessage } from './get-outbox-message.ts';
import { listOutbox } from './list-outbox.ts';
import { markMessageSent } from './mark-message-sent.ts';
import { retryMessage } from './retry-message.ts';
import { attachmentParams, listOutboxQuery, outboxMessageView, outboxPage } from './schemas.ts';

/** The outbox: messages, their delivery state, retry, preview. */
export function outboxRoutes(app: App, { database, now, mailConfigured }: RouteDeps): void {
  const { db } = database;
  const tags = ['outbox'];

  app.get(
    '/api/v1/outbox',
    {
      schema: {
        tags,
        summary: 'Messages to clients, newest first, with counts by status and whether SMTP is configured',
        querystring: listOutboxQuery,
        response: { 200: outboxPage },
      },
    },
    async (request) => listOutbox(db, actorOf(request), request.query, mailConfigured),
  );

  app.get(
    '/api/v1/outbox/:id',
    {
      schema: {
        tags,
        summary: 'One message in full: to, subject, body, files, delivery state',
        params: idParams,
        response: { 200: outboxMessageView },
      },
    },
    async (request) => getOutboxMessage(db, actorOf(request), request.params.id),
  );

  app.get(
    '/api/v1/outbox/:id/attachments/:index',
    {
      schema: {
        tags,
        summary: 'A message’s file (e.g. an .ics invite), to attach when sending it by hand',
        params: attachmentParams,
        produces: ['application/octet-stream'],
      },
    },
    async (request, reply) => {
      const file = await getOutboxAttachment(db, actorOf(request), request.params.id, request.params.index);
      return reply
        .type(downloadType(file.contentType))
        .header('content-disposition', `attachment; filename="${safeFilename(file.filename)}"`)
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );

  app.post(
    '/api/v1/outbox/:id/retry',
    {
      schema: {
        tags,
        summary: 'Try a failed message again now, with a fresh set of tries',
        params: idParams,
        response: { 200: outboxMessageView },
      },
    },
    async (request) => retryMessage(db, actorOf(request), request.params.id, now()),
  );

  app.post(
    '/api/v1/outbox/:id/mark-sent',
    {
      schema: {
        tags,
        summary: 'Record that someone copied a queued or failed message and sent it by hand',
        params: idParams,
        response: { 200: outboxMessageView },
      },
    },
    async (request) => markMessageSent(db, actorOf(request), request.params.id, now()),
  );

  app.post(
    '/api/v1/outbox/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Do not send a queued or failed message after all',
        params: idParams,
        response: { 200: outboxMessageView },
      },
    },
    async (request) => cancelMessage(db, actorOf(request), request.params.id),
  );
}

/** Quotes and path parts cannot break out of the header or name a folder. */
function safeFilename(name: string): string {
  return name.replace(/["\\\r\n/]/g, '_').slice(0, 200) || 'attachment';
}

/** Only plain files keep their type; anything else downloads as bytes, never runs as a page. */
function downloadType(contentType: string): string {
  return /^text\/(calendar|plain)\b/i.test(contentType) ? contentType : 'application/octet-stream';
}
