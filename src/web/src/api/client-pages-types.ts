import type { ClientPagesPage, IssuedLinkView, LinkView } from '../../../features/client-pages/schemas.ts';

// The clients' private pages, as the team manages them. The server's zod schemas, as types only.

export type ClientPageLink = LinkView;
export type ClientPageLinkState = LinkView['state'];
export type ClientPagesList = ClientPagesPage;
export type ClientPagesRow = ClientPagesPage['items'][number];
export type IssuedLink = IssuedLinkView;
