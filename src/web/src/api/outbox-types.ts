import type {
  ListOutboxQuery,
  OutboxMessageSummary,
  OutboxMessageView,
  OutboxPage,
} from '../../../features/outbox/schemas.ts';

// The outbox's shapes are the server's own zod schemas, read as types only, so the page
// cannot drift from the API.

export type OutboxPageData = OutboxPage;
export type OutboxItem = OutboxMessageSummary;
/** One message in full: body, files, who sent it by hand. */
export type OutboxMessage = OutboxMessageView;
export type OutboxStatus = OutboxItem['status'];
export type OutboxAction = OutboxItem['actions'][number];
export type OutboxCounts = OutboxPage['counts'];
export type OutboxListParams = Partial<
  Pick<ListOutboxQuery, 'status' | 'clientId' | 'sourceKind' | 'sourceId'>
> & {
  limit?: number;
  cursor?: string | undefined;
};
